CREATE SCHEMA hr;

CREATE TYPE hr.postal_address AS (
    street text,
    city text,
    fax_number text
);

CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    home hr.postal_address
);

