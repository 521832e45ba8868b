-- ALTER TYPE DROP ATTRIBUTE (the last one) on a composite type used by a column with rows.
CREATE SCHEMA hr;

CREATE TYPE hr.postal_address AS (
    street text,
    city text
);

CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    home hr.postal_address
);
