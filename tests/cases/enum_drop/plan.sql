-- schemadiff plan
-- source fingerprint: fa0c52a902a856fa
-- target fingerprint: d3521281f59bf5d9
-- 1 statement; hazards: none

BEGIN;

DROP TYPE public.legacy_state;

COMMIT;
