CREATE TABLE rectangles (
    id integer PRIMARY KEY,
    width numeric NOT NULL,
    height numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (round(width * height, 2)) STORED,
    label text NOT NULL,
    slug text GENERATED ALWAYS AS (replace(lower(label), ' ', '-')) STORED
);
