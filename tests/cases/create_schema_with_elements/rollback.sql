-- schemadiff rollback
-- source fingerprint: cbe7020e6f78c5d7
-- target fingerprint: a9ff75dfb8999a50
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW hr.staff_names;

-- hazard: data-loss,irreversible
DROP TABLE hr.staff;

DROP SCHEMA hr;

COMMIT;
