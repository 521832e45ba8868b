-- schemadiff rollback
-- source fingerprint: e5553730326acd50
-- target fingerprint: 7762a5d2f89f3ece
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.region ADD VALUE 'apac' AFTER 'us';

COMMIT;
