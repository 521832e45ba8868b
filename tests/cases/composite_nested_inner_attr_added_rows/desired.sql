CREATE TYPE geo_point AS (lat double precision, lon double precision, alt_m real);
CREATE TYPE place AS (name text, location geo_point);
CREATE TABLE venues (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    main place NOT NULL,
    extra place[]
);
