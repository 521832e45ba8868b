CREATE TYPE address AS (street text, city text, zip text, country text);
CREATE TABLE stores (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    addr address
);
CREATE VIEW store_cities AS SELECT id, (addr).city AS city FROM stores;
