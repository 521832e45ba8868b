-- schemadiff rollback
-- source fingerprint: 004bb9ad1d8e1499
-- target fingerprint: 1866d56d054d9281
-- 3 statements; hazards: none

BEGIN;

REVOKE GRANT OPTION FOR EXECUTE ON FUNCTION app.balance_of(account_id integer) FROM sd_admin;

REVOKE GRANT OPTION FOR SELECT ON TABLE app.accounts FROM sd_admin;

GRANT UPDATE ON TABLE app.accounts TO sd_writer WITH GRANT OPTION;

COMMIT;
