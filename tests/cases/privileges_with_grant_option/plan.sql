-- schemadiff plan
-- source fingerprint: 1866d56d054d9281
-- target fingerprint: 004bb9ad1d8e1499
-- 3 statements; hazards: none

BEGIN;

GRANT EXECUTE ON FUNCTION app.balance_of(account_id integer) TO sd_admin WITH GRANT OPTION;

GRANT SELECT ON TABLE app.accounts TO sd_admin WITH GRANT OPTION;

REVOKE GRANT OPTION FOR UPDATE ON TABLE app.accounts FROM sd_writer;

COMMIT;
