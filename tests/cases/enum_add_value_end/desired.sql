CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'light blue', 'it''s grey');

CREATE TABLE swatches (
    id integer PRIMARY KEY,
    color color NOT NULL
);
