-- schemadiff plan
-- source fingerprint: 36c5ee27c17bfd75
-- target fingerprint: 8b083bd8cbb2382a
-- 2 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA public FROM PUBLIC;

GRANT USAGE ON SCHEMA public TO sd_reader;

COMMIT;
