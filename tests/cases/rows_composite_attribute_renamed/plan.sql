-- schemadiff plan
-- source fingerprint: f0b49c68b0776ca0
-- target fingerprint: 84338003eec88d23
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE public.geo_point DROP ATTRIBUTE lng;

ALTER TYPE public.geo_point ADD ATTRIBUTE lon double precision;

COMMIT;
