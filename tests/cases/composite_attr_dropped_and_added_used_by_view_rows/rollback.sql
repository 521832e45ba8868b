-- schemadiff rollback
-- source fingerprint: 3346e65527532a0c
-- target fingerprint: 5a14c45d13ffe127
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE public.address DROP ATTRIBUTE country;

ALTER TYPE public.address ADD ATTRIBUTE legacy_code integer;

COMMIT;
