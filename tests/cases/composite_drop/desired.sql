-- A composite type goes away together with the column and the function that use it.
CREATE SCHEMA geo;

CREATE TABLE geo.places (
    id integer PRIMARY KEY,
    name text NOT NULL
);
