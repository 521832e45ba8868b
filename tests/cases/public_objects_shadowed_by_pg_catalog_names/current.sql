CREATE TABLE public.pg_class (oid_ref int, relname text);
CREATE FUNCTION public.lower(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;
CREATE TABLE public.names (n text);
