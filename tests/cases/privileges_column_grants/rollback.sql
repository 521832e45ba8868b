-- schemadiff rollback
-- source fingerprint: 6eb7944fde75e6c8
-- target fingerprint: 2e8d518ec47a035c
-- 6 statements; hazards: none

BEGIN;

REVOKE REFERENCES (id) ON TABLE app.users FROM sd_admin;

REVOKE SELECT (display_name) ON TABLE app.users FROM sd_reader;

REVOKE INSERT (email), UPDATE (email) ON TABLE app.users FROM sd_writer;

REVOKE SELECT (id) ON TABLE app.users FROM sd_writer;

REVOKE INSERT (display_name) ON TABLE app.users FROM sd_writer;

GRANT SELECT (password_hash) ON TABLE app.users TO sd_reader;

COMMIT;
