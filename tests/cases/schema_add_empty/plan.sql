-- schemadiff plan
-- source fingerprint: 2e5c8cbbce238066
-- target fingerprint: 4ae6f22dc4567890
-- 2 statements; hazards: none

BEGIN;

CREATE SCHEMA "Reporting";

CREATE SCHEMA staging;

COMMIT;
