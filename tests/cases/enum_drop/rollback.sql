-- schemadiff rollback
-- source fingerprint: a4c05e411386d371
-- target fingerprint: 9c8bc227a809175a
-- 1 statement; hazards: none

BEGIN;

CREATE TYPE public.legacy_state AS ENUM ('a', 'b', 'c');

COMMIT;
