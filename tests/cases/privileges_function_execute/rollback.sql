-- schemadiff rollback
-- source fingerprint: fe858c2e505a62ab
-- target fingerprint: 2778fbd3c87f3b69
-- 7 statements; hazards: none

BEGIN;

REVOKE EXECUTE ON FUNCTION app.reset_counters() FROM PUBLIC;

REVOKE EXECUTE ON PROCEDURE app.purge(IN days integer) FROM sd_admin;

REVOKE EXECUTE ON FUNCTION app.add(a numeric, b numeric) FROM sd_reader;

REVOKE EXECUTE ON FUNCTION app.add(a numeric, b numeric) FROM sd_writer;

GRANT EXECUTE ON FUNCTION app.add(a numeric, b numeric) TO PUBLIC;

GRANT EXECUTE ON PROCEDURE app.purge(IN days integer) TO PUBLIC;

GRANT EXECUTE ON FUNCTION app.reset_counters() TO sd_admin;

COMMIT;
