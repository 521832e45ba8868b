-- schemadiff plan
-- source fingerprint: 4abc6d2bf743e1fe
-- target fingerprint: 526735c0c17b8727
-- 8 statements; hazards: none

BEGIN;

REVOKE USAGE ON DOMAIN app.email FROM PUBLIC;

REVOKE USAGE ON TYPE app.int_span FROM PUBLIC;

REVOKE USAGE ON TYPE app.status FROM PUBLIC;

GRANT USAGE ON DOMAIN app.email TO sd_reader;

GRANT USAGE ON DOMAIN app.email TO sd_writer;

GRANT USAGE ON TYPE app.pair TO PUBLIC;

GRANT USAGE ON TYPE app.int_span TO sd_admin WITH GRANT OPTION;

GRANT USAGE ON TYPE app.status TO sd_writer;

COMMIT;
