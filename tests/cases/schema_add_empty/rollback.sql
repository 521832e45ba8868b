-- schemadiff rollback
-- source fingerprint: 43b9b81384f74c72
-- target fingerprint: dafc027c1fb1d76c
-- 2 statements; hazards: none

BEGIN;

DROP SCHEMA "Reporting";

DROP SCHEMA staging;

COMMIT;
