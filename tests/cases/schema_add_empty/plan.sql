-- schemadiff plan
-- source fingerprint: dafc027c1fb1d76c
-- target fingerprint: 43b9b81384f74c72
-- 2 statements; hazards: none

BEGIN;

CREATE SCHEMA "Reporting";

CREATE SCHEMA staging;

COMMIT;
