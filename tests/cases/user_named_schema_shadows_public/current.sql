-- A schema named after the role that runs the plan comes first in "$user", public.
CREATE SCHEMA postgres;
CREATE SEQUENCE public.item_seq;
CREATE SEQUENCE postgres.item_seq START 1000000;
CREATE TYPE public.kind AS ENUM ('a', 'b');
CREATE TYPE postgres.kind AS ENUM ('x', 'y');
CREATE FUNCTION public.ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > 0 $$;
CREATE FUNCTION postgres.ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT false $$;
CREATE TABLE public.items (id int PRIMARY KEY DEFAULT nextval('public.item_seq'), qty int CHECK (public.ok(qty)), k public.kind DEFAULT 'a');
CREATE TABLE postgres.items (id int PRIMARY KEY, other text);
CREATE VIEW public.item_view AS SELECT id, qty, k FROM public.items;
