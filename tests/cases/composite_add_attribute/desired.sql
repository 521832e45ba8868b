-- ALTER TYPE ADD ATTRIBUTE (appended at the end) on a composite type used by a column with rows and by a function.
CREATE SCHEMA hr;

CREATE TYPE hr.postal_address AS (
    street text,
    city text,
    postcode varchar(10),
    country char(2)
);

CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    home hr.postal_address
);

CREATE FUNCTION hr.city_of(a hr.postal_address) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT a.city $$;
