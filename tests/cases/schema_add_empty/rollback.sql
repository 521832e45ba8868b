-- schemadiff rollback
-- source fingerprint: 4ae6f22dc4567890
-- target fingerprint: 2e5c8cbbce238066
-- 2 statements; hazards: none

BEGIN;

DROP SCHEMA "Reporting";

DROP SCHEMA staging;

COMMIT;
