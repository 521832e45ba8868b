-- schemadiff rollback
-- source fingerprint: 54cc3a646b02469e
-- target fingerprint: 1a9c3e243a2f609b
-- 2 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor_id TYPE integer USING sensor_id::integer;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.readings ALTER COLUMN value TYPE real USING value::real;

COMMIT;
