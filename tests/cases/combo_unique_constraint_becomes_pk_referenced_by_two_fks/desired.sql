CREATE TABLE isbn_books (
    isbn text NOT NULL,
    title text NOT NULL,
    CONSTRAINT isbn_books_pkey PRIMARY KEY (isbn)
);
CREATE TABLE reviews (
    id integer PRIMARY KEY,
    isbn text NOT NULL REFERENCES isbn_books (isbn),
    stars smallint CHECK (stars BETWEEN 1 AND 5)
);
CREATE TABLE loans (
    id integer PRIMARY KEY,
    isbn text NOT NULL REFERENCES isbn_books (isbn) ON DELETE CASCADE
);
CREATE INDEX loans_isbn_idx ON loans (isbn);
