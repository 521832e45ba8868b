-- A schema named after the role that runs the plan comes first in "$user", public.
CREATE SCHEMA postgres;
CREATE SEQUENCE public.item_seq;
CREATE SEQUENCE postgres.item_seq START 1000000;
CREATE TYPE public.kind AS ENUM ('a', 'c', 'b');
CREATE TYPE postgres.kind AS ENUM ('x', 'y');
CREATE FUNCTION public.ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v >= 0 $$;
CREATE FUNCTION postgres.ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT false $$;
CREATE TABLE public.items (id bigint PRIMARY KEY DEFAULT nextval('public.item_seq'), qty bigint CHECK (public.ok(qty::int)), k public.kind DEFAULT 'c',
  k2 public.kind[] DEFAULT '{b}');
CREATE TABLE postgres.items (id int PRIMARY KEY, other text);
CREATE VIEW public.item_view AS SELECT id, qty, k, k2 FROM public.items;
CREATE INDEX items_k_idx ON public.items (k) WHERE k <> 'b';
CREATE TABLE public.extra (id int DEFAULT nextval('public.item_seq'), k public.kind);
