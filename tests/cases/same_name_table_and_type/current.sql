-- Same name table and type.
CREATE SCHEMA billing;
CREATE SCHEMA catalog;
CREATE TABLE catalog.item (id int PRIMARY KEY, name text NOT NULL);
CREATE TYPE billing.item AS (sku text, qty integer);
CREATE TABLE billing.invoice (id int PRIMARY KEY, lines billing.item[] NOT NULL DEFAULT '{}');
CREATE FUNCTION public.line_count(i billing.invoice) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT coalesce(array_length(i.lines, 1), 0) $$;
