-- schemadiff rollback
-- source fingerprint: a1d37890452fb7e3
-- target fingerprint: e52acb2ce4e5bad3
-- 12 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.catalog_v;

DROP VIEW public.shadow_v;

DROP INDEX public.names_lower_cat_idx;

DROP INDEX public.names_lower_idx;

ALTER TABLE public.names DROP CONSTRAINT names_n_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.names DROP COLUMN k;

-- hazard: data-loss,irreversible
ALTER TABLE public.names DROP COLUMN m;

-- hazard: data-loss,irreversible
ALTER TABLE public.pg_class DROP COLUMN text;

DROP DOMAIN public.int8;

CREATE OR REPLACE FUNCTION public.lower(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(t) $function$;

-- hazard: rewrite
ALTER TABLE public.pg_class ALTER COLUMN oid_ref TYPE integer USING oid_ref::integer;

ALTER TABLE public.pg_class ALTER COLUMN relname TYPE text USING relname::text;

COMMIT;
