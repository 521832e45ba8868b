-- schemadiff rollback
-- source fingerprint: 4417434e79b517ef
-- target fingerprint: 71b0bdbd1a7a7467
-- 2 statements; hazards: none

BEGIN;

DROP SCHEMA "Reporting";

DROP SCHEMA staging;

COMMIT;
