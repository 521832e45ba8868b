-- schemadiff rollback
-- source fingerprint: a1e0bcb1c6dfb5b8
-- target fingerprint: e62be257ea090311
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON SEQUENCE ids.global_id IS NULL;

-- hazard: data-loss,irreversible
DROP TABLE "Audit Log"."Entries";

-- hazard: data-loss,irreversible
DROP TABLE app.groups;

ALTER SEQUENCE ids.global_id AS bigint START WITH 100 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
