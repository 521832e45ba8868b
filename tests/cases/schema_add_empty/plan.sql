-- schemadiff plan
-- source fingerprint: 642a89f3b649c4ac
-- target fingerprint: 2126aefc8b17b8b7
-- 2 statements; hazards: none

BEGIN;

CREATE SCHEMA "Reporting";

CREATE SCHEMA staging;

COMMIT;
