-- schemadiff plan
-- source fingerprint: 7c84e74e425c8279
-- target fingerprint: 62e441245b0d8880
-- 1 statement; hazards: none

BEGIN;

COMMENT ON SCHEMA public IS 'application schema';

COMMIT;
