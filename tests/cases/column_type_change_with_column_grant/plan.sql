-- schemadiff plan
-- source fingerprint: c9da0661dfeaaa13
-- target fingerprint: ec8e52bd287f0956
-- 2 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.employees ALTER COLUMN badge TYPE text USING badge::text;

-- hazard: rewrite
ALTER TABLE public.employees ALTER COLUMN id TYPE bigint USING id::bigint;

COMMIT;
