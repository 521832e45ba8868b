CREATE TABLE rectangles (
    id integer PRIMARY KEY,
    width numeric NOT NULL,
    height numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (width * height) STORED,
    label text NOT NULL,
    slug text GENERATED ALWAYS AS (lower(label)) STORED
);
