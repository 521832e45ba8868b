-- schemadiff plan
-- source fingerprint: 2e8d518ec47a035c
-- target fingerprint: 6eb7944fde75e6c8
-- 6 statements; hazards: none

BEGIN;

REVOKE SELECT (password_hash) ON TABLE app.users FROM sd_reader;

GRANT INSERT (display_name) ON TABLE app.users TO sd_writer;

GRANT REFERENCES (id) ON TABLE app.users TO sd_admin;

GRANT SELECT (display_name) ON TABLE app.users TO sd_reader;

GRANT INSERT (email), UPDATE (email) ON TABLE app.users TO sd_writer;

GRANT SELECT (id) ON TABLE app.users TO sd_writer;

COMMIT;
