-- Same name table and type.
CREATE SCHEMA billing;
CREATE SCHEMA catalog;
CREATE TABLE catalog.item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2));
CREATE TYPE billing.item AS (sku text, qty integer, unit_price numeric(10,2));
CREATE TABLE billing.invoice (id int PRIMARY KEY, lines billing.item[] NOT NULL DEFAULT '{}', header catalog.item);
CREATE FUNCTION billing.line_count(i billing.invoice) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT coalesce(array_length(i.lines, 1), 0) $$;
