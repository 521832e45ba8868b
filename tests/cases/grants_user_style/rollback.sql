-- schemadiff rollback
-- source fingerprint: e915f18755dd6f79
-- target fingerprint: 5e1b767866714844
-- 12 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA app FROM sd_reader;

REVOKE USAGE ON SCHEMA app FROM sd_writer;

REVOKE SELECT (id) ON TABLE app.accounts FROM sd_reader;

REVOKE SELECT (name) ON TABLE app.accounts FROM sd_reader;

REVOKE EXECUTE ON FUNCTION app.count_accounts() FROM sd_admin;

REVOKE SELECT, USAGE ON SEQUENCE app.accounts_id_seq FROM sd_writer;

REVOKE DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.accounts FROM sd_admin;

REVOKE INSERT, SELECT, UPDATE ON TABLE app.accounts FROM sd_writer;

REVOKE DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.account_names FROM sd_admin;

REVOKE SELECT ON TABLE app.account_names FROM sd_reader;

GRANT EXECUTE ON FUNCTION app.count_accounts() TO PUBLIC;

GRANT SELECT ON TABLE app.accounts TO sd_reader;

COMMIT;
