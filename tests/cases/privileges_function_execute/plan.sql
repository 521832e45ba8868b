-- schemadiff plan
-- source fingerprint: 2778fbd3c87f3b69
-- target fingerprint: fe858c2e505a62ab
-- 7 statements; hazards: none

BEGIN;

REVOKE EXECUTE ON FUNCTION app.add(a numeric, b numeric) FROM PUBLIC;

REVOKE EXECUTE ON PROCEDURE app.purge(IN days integer) FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION app.reset_counters() FROM sd_admin;

GRANT EXECUTE ON FUNCTION app.reset_counters() TO PUBLIC;

GRANT EXECUTE ON PROCEDURE app.purge(IN days integer) TO sd_admin;

GRANT EXECUTE ON FUNCTION app.add(a numeric, b numeric) TO sd_reader;

GRANT EXECUTE ON FUNCTION app.add(a numeric, b numeric) TO sd_writer;

COMMIT;
