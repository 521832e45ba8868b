-- schemadiff plan
-- source fingerprint: 62e441245b0d8880
-- target fingerprint: 7c84e74e425c8279
-- 1 statement; hazards: none

BEGIN;

COMMENT ON SCHEMA public IS 'standard public schema';

COMMIT;
