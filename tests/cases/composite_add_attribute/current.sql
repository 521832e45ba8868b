CREATE SCHEMA hr;

CREATE TYPE hr.postal_address AS (
    street text,
    city text
);

CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    home hr.postal_address
);

CREATE FUNCTION hr.city_of(a hr.postal_address) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT a.city $$;

