-- schemadiff plan
-- source fingerprint: 5e1b767866714844
-- target fingerprint: e915f18755dd6f79
-- 12 statements; hazards: none

BEGIN;

REVOKE EXECUTE ON FUNCTION app.count_accounts() FROM PUBLIC;

REVOKE SELECT ON TABLE app.accounts FROM sd_reader;

GRANT USAGE ON SCHEMA app TO sd_reader;

GRANT USAGE ON SCHEMA app TO sd_writer;

GRANT SELECT (id) ON TABLE app.accounts TO sd_reader;

GRANT SELECT (name) ON TABLE app.accounts TO sd_reader;

GRANT EXECUTE ON FUNCTION app.count_accounts() TO sd_admin;

GRANT SELECT, USAGE ON SEQUENCE app.accounts_id_seq TO sd_writer;

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.accounts TO sd_admin;

GRANT INSERT, SELECT, UPDATE ON TABLE app.accounts TO sd_writer;

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.account_names TO sd_admin;

GRANT SELECT ON TABLE app.account_names TO sd_reader WITH GRANT OPTION;

COMMIT;
