CREATE TYPE address AS (street text, city text);
CREATE TABLE stores (id integer PRIMARY KEY, addr address);
CREATE VIEW store_addresses AS SELECT id, (addr).* FROM stores;
