-- A new composite type used as a column type, a function return type and a function argument.
CREATE SCHEMA geo;

CREATE TYPE geo.coordinates AS (
    lat double precision,
    lon double precision,
    label text COLLATE "C"
);

CREATE TABLE geo.places (
    id integer PRIMARY KEY,
    name text NOT NULL,
    location geo.coordinates
);

CREATE FUNCTION geo.origin() RETURNS geo.coordinates
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ROW(0, 0, 'origin')::geo.coordinates $$;

CREATE FUNCTION geo.is_north(c geo.coordinates) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT (c).lat > 0 $$;
