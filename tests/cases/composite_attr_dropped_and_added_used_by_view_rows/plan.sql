-- schemadiff plan
-- source fingerprint: 5a14c45d13ffe127
-- target fingerprint: 3346e65527532a0c
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE public.address DROP ATTRIBUTE legacy_code;

ALTER TYPE public.address ADD ATTRIBUTE country text;

COMMIT;
