-- schemadiff rollback
-- source fingerprint: d3521281f59bf5d9
-- target fingerprint: fa0c52a902a856fa
-- 1 statement; hazards: none

BEGIN;

CREATE TYPE public.legacy_state AS ENUM ('a', 'b', 'c');

COMMIT;
