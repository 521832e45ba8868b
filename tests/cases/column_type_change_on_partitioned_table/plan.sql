-- schemadiff plan
-- source fingerprint: 1a9c3e243a2f609b
-- target fingerprint: 54cc3a646b02469e
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor_id TYPE bigint USING sensor_id::bigint;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN value TYPE double precision USING value::double precision;

COMMIT;
