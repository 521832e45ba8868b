CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE ON UPDATE CASCADE,
    editor_id integer,
    translator_id integer,
    title text NOT NULL,
    CONSTRAINT books_editor_fkey FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL ON UPDATE RESTRICT,
    CONSTRAINT books_translator_fkey FOREIGN KEY (translator_id) REFERENCES authors ON DELETE SET DEFAULT ON UPDATE NO ACTION
);
