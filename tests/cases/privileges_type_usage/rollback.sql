-- schemadiff rollback
-- source fingerprint: 526735c0c17b8727
-- target fingerprint: 4abc6d2bf743e1fe
-- 8 statements; hazards: none

BEGIN;

REVOKE USAGE ON DOMAIN app.email FROM sd_reader;

REVOKE USAGE ON DOMAIN app.email FROM sd_writer;

REVOKE USAGE ON TYPE app.pair FROM PUBLIC;

REVOKE USAGE ON TYPE app.int_span FROM sd_admin;

REVOKE USAGE ON TYPE app.status FROM sd_writer;

GRANT USAGE ON DOMAIN app.email TO PUBLIC;

GRANT USAGE ON TYPE app.int_span TO PUBLIC;

GRANT USAGE ON TYPE app.status TO PUBLIC;

COMMIT;
