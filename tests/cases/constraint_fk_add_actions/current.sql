CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    editor_id integer,
    translator_id integer,
    title text NOT NULL
);
