-- schemadiff rollback
-- source fingerprint: ec8e52bd287f0956
-- target fingerprint: c9da0661dfeaaa13
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.employees ALTER COLUMN badge TYPE character varying(8);

-- hazard: rewrite
ALTER TABLE public.employees ALTER COLUMN id TYPE integer USING id::integer;

COMMIT;
