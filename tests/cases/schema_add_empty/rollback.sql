-- schemadiff rollback
-- source fingerprint: a158a92b3e0bfccd
-- target fingerprint: 4c2d88863d385509
-- 2 statements; hazards: none

BEGIN;

DROP SCHEMA "Reporting";

DROP SCHEMA staging;

COMMIT;
