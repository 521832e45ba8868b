-- schemadiff rollback
-- source fingerprint: 84338003eec88d23
-- target fingerprint: f0b49c68b0776ca0
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE public.geo_point DROP ATTRIBUTE lon;

ALTER TYPE public.geo_point ADD ATTRIBUTE lng double precision;

COMMIT;
