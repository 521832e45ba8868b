-- schemadiff rollback
-- source fingerprint: bd70ebec3104c66c
-- target fingerprint: a12574ed9219c492
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE base.entity DROP CONSTRAINT entity_kind_check;

-- hazard: data-loss,irreversible
ALTER TABLE base.entity DROP COLUMN kind;

-- hazard: data-loss,irreversible
DROP TABLE "Tenant A"."Entity";

COMMIT;
