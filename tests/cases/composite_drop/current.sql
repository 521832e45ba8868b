CREATE SCHEMA geo;

CREATE TYPE geo.coordinates AS (
    lat double precision,
    lon double precision
);

CREATE TABLE geo.places (
    id integer PRIMARY KEY,
    name text NOT NULL,
    location geo.coordinates
);

CREATE FUNCTION geo.origin() RETURNS geo.coordinates
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ROW(0, 0)::geo.coordinates $$;

