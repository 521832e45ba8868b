-- schemadiff rollback
-- source fingerprint: 8b083bd8cbb2382a
-- target fingerprint: 36c5ee27c17bfd75
-- 2 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA public FROM sd_reader;

GRANT USAGE ON SCHEMA public TO PUBLIC;

COMMIT;
