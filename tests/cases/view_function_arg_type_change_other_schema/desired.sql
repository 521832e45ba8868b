-- A view in schema app calls a helper in schema lib whose argument type
-- changes integer -> bigint (a new signature; the old one is dropped).
CREATE SCHEMA lib;
CREATE SCHEMA app;
CREATE TABLE public.items (id integer PRIMARY KEY, cents bigint NOT NULL);
CREATE FUNCTION lib.fmt_money(c bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(c / 100.0, 'FM999999990.00') $$;
CREATE VIEW app.items_display AS SELECT id, lib.fmt_money(cents) AS price FROM public.items;
