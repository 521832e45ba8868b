-- schemadiff rollback
-- source fingerprint: ec65e76bde7d8800
-- target fingerprint: 586ab188f3623568
-- 1 statement; hazards: none

BEGIN;

CREATE TYPE public.legacy_state AS ENUM ('a', 'b', 'c');

COMMIT;
