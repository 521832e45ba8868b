-- schemadiff rollback
-- source fingerprint: b50c47859ee7f8f0
-- target fingerprint: d04a97ae69d0d069
-- 9 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW "Loyalty Program"."Gold Members";

DROP MATERIALIZED VIEW "Loyalty Program".tier_counts;

DROP FUNCTION "Loyalty Program".balance_of(cid integer);

-- hazard: data-loss,irreversible
DROP TABLE "Loyalty Program".members;

DROP FUNCTION "Loyalty Program".touch();

DROP TYPE "Loyalty Program".award;

DROP DOMAIN "Loyalty Program".points;

DROP TYPE "Loyalty Program".tier;

DROP SCHEMA "Loyalty Program";

COMMIT;
