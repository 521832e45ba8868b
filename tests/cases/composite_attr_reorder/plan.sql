-- schemadiff plan
-- source fingerprint: 565ab01fe255baf5
-- target fingerprint: c06283ad7a2d3a9a
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.full_name RENAME TO full_name__schemadiff_old;

CREATE TYPE public.full_name AS (last_name text, first_name text);

-- hazard: rewrite
ALTER TABLE public.people ALTER COLUMN name TYPE public.full_name USING CASE WHEN pg_catalog.num_nulls(name) = 1 THEN NULL ELSE ROW((name).last_name::text, (name).first_name::text)::public.full_name END;

DROP TYPE public.full_name__schemadiff_old;

COMMIT;
