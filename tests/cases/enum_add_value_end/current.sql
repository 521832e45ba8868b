CREATE TYPE color AS ENUM ('red', 'green');

CREATE TABLE swatches (
    id integer PRIMARY KEY,
    color color NOT NULL
);
