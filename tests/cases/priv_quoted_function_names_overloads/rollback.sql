-- schemadiff rollback
-- source fingerprint: bac5032306fdf459
-- target fingerprint: ba5e29b3b6cb9266
-- 2 statements; hazards: none

BEGIN;

REVOKE EXECUTE ON FUNCTION "Billing"."GetRate"(plan text) FROM sd_writer;

DROP FUNCTION "Billing"."GetRate"(plan text, "Currency" character);

COMMIT;
