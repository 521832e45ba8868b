-- schemadiff plan
-- source fingerprint: 4c2d88863d385509
-- target fingerprint: a158a92b3e0bfccd
-- 2 statements; hazards: none

BEGIN;

CREATE SCHEMA "Reporting";

CREATE SCHEMA staging;

COMMIT;
