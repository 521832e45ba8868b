CREATE TABLE public.pg_class (oid_ref bigint, relname varchar(64), "text" text);
CREATE FUNCTION public.lower(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) || '!' $$;
CREATE DOMAIN public.int8 AS pg_catalog.int8 CHECK (VALUE > 0);
CREATE TABLE public.names (n text CHECK (public.lower(n) <> 'X!'), m public.int8, k int8);
CREATE INDEX names_lower_idx ON public.names (public.lower(n));
CREATE INDEX names_lower_cat_idx ON public.names (lower(n));
CREATE VIEW public.shadow_v AS SELECT c.relname, public.lower(c.relname) AS pub, lower(c.relname) AS cat FROM public.pg_class c;
CREATE VIEW public.catalog_v AS SELECT relname FROM pg_catalog.pg_class WHERE relname = 'names';
