CREATE TYPE public.mp AS (a int);
CREATE TABLE public.o (x int);
CREATE FUNCTION public.oc() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM public.o; END;
GRANT USAGE ON TYPE public.mp TO PUBLIC;
