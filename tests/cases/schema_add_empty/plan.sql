-- schemadiff plan
-- source fingerprint: 71b0bdbd1a7a7467
-- target fingerprint: 4417434e79b517ef
-- 2 statements; hazards: none

BEGIN;

CREATE SCHEMA "Reporting";

CREATE SCHEMA staging;

COMMIT;
