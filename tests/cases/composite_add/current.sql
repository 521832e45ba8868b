CREATE SCHEMA geo;

CREATE TABLE geo.places (
    id integer PRIMARY KEY,
    name text NOT NULL
);

