-- schemadiff rollback
-- source fingerprint: 825ce505f1d3ccc8
-- target fingerprint: 2c23a6810768dfc6
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON TABLE app.accounts IS NULL;

DROP TRIGGER accounts_touch ON app.accounts;

DROP VIEW app.pro_accounts;

-- hazard: data-loss,irreversible
DROP TABLE app.projects;

DROP FUNCTION app.touch();

COMMIT;
