-- schemadiff plan
-- source fingerprint: 586ab188f3623568
-- target fingerprint: ec65e76bde7d8800
-- 1 statement; hazards: none

BEGIN;

DROP TYPE public.legacy_state;

COMMIT;
