-- schemadiff rollback
-- source fingerprint: 2126aefc8b17b8b7
-- target fingerprint: 642a89f3b649c4ac
-- 2 statements; hazards: none

BEGIN;

DROP SCHEMA "Reporting";

DROP SCHEMA staging;

COMMIT;
