-- schemadiff plan
-- source fingerprint: 9fd313b5b4a5fed1
-- target fingerprint: 755ef468a77edd29
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW core.flagged_accounts;

-- hazard: data-loss,irreversible
DROP TABLE legacy.account_flags;

DROP FUNCTION legacy.flag_count();

DROP TYPE legacy.flag;

DROP SCHEMA legacy;

COMMIT;
