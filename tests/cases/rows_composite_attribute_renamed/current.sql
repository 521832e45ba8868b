CREATE TYPE geo_point AS (lat double precision, lng double precision);
CREATE TABLE stores (id serial PRIMARY KEY, location geo_point NOT NULL);
