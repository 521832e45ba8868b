-- schemadiff rollback
-- source fingerprint: c06283ad7a2d3a9a
-- target fingerprint: 565ab01fe255baf5
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.full_name RENAME TO full_name__schemadiff_old;

CREATE TYPE public.full_name AS (first_name text, last_name text);

-- hazard: rewrite
ALTER TABLE public.people ALTER COLUMN name TYPE public.full_name USING CASE WHEN pg_catalog.num_nulls(name) = 1 THEN NULL ELSE ROW((name).first_name::text, (name).last_name::text)::public.full_name END;

DROP TYPE public.full_name__schemadiff_old;

COMMIT;
