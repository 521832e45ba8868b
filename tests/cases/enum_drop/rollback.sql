-- schemadiff rollback
-- source fingerprint: 5dab84d77b298917
-- target fingerprint: 9cebb65790225fa2
-- 1 statement; hazards: none

BEGIN;

CREATE TYPE public.legacy_state AS ENUM ('a', 'b', 'c');

COMMIT;
