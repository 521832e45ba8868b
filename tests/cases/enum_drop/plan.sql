-- schemadiff plan
-- source fingerprint: 9c8bc227a809175a
-- target fingerprint: a4c05e411386d371
-- 1 statement; hazards: none

BEGIN;

DROP TYPE public.legacy_state;

COMMIT;
