-- schemadiff plan
-- source fingerprint: 9cebb65790225fa2
-- target fingerprint: 5dab84d77b298917
-- 1 statement; hazards: none

BEGIN;

DROP TYPE public.legacy_state;

COMMIT;
