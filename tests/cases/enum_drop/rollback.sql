-- schemadiff rollback
-- source fingerprint: 10129354e9404fbe
-- target fingerprint: 069922a434211d10
-- 1 statement; hazards: none

BEGIN;

CREATE TYPE public.legacy_state AS ENUM ('a', 'b', 'c');

COMMIT;
