-- schemadiff plan
-- source fingerprint: e52acb2ce4e5bad3
-- target fingerprint: a1d37890452fb7e3
-- 14 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION public.lower(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(t) || '!' $function$;

-- hazard: rewrite
ALTER TABLE public.pg_class ALTER COLUMN oid_ref TYPE bigint USING oid_ref::bigint;

-- hazard: rewrite
ALTER TABLE public.pg_class ALTER COLUMN relname TYPE character varying(64);

CREATE DOMAIN public.int8 AS bigint;

ALTER DOMAIN public.int8 ADD CONSTRAINT int8_check CHECK ((VALUE > 0));

ALTER TABLE public.names ADD COLUMN k bigint;

ALTER TABLE public.names ADD COLUMN m public.int8;

ALTER TABLE public.pg_class ADD COLUMN text text;

ALTER TABLE public.names ADD CONSTRAINT names_n_check CHECK (public.lower(n) <> 'X!') NOT VALID;

CREATE VIEW public.catalog_v AS
SELECT relname FROM pg_catalog.pg_class WHERE relname = 'names';

CREATE VIEW public.shadow_v AS
SELECT c.relname, public.lower(c.relname) AS pub, lower(c.relname) AS cat FROM public.pg_class c;

COMMIT;

ALTER TABLE public.names VALIDATE CONSTRAINT names_n_check;

CREATE INDEX CONCURRENTLY names_lower_cat_idx ON public.names USING btree (lower(n));

CREATE INDEX CONCURRENTLY names_lower_idx ON public.names USING btree (public.lower(n));
