CREATE TABLE isbn_books (
    isbn text,
    title text NOT NULL,
    CONSTRAINT isbn_books_isbn_key UNIQUE (isbn)
);
CREATE TABLE reviews (
    id integer PRIMARY KEY,
    isbn text REFERENCES isbn_books (isbn)
);
CREATE TABLE loans (
    id integer PRIMARY KEY,
    isbn text NOT NULL REFERENCES isbn_books (isbn) ON DELETE CASCADE
);
