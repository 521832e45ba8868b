CREATE SCHEMA app;
CREATE DOMAIN app.int4 AS pg_catalog.int4 CHECK (VALUE >= 0);
CREATE DOMAIN public.text AS pg_catalog.text CHECK (VALUE <> '');
CREATE TABLE app.m (id int PRIMARY KEY, qty app.int4, note text, note2 public.text, qty2 int4);
