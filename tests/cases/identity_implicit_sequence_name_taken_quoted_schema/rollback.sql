-- schemadiff rollback
-- source fingerprint: dae1c0c70e6c5b0f
-- target fingerprint: 476e80fc2edc2b95
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE "Shop"."Orders" ALTER COLUMN id DROP IDENTITY;

COMMIT;
