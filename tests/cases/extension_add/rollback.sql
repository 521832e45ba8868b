-- schemadiff rollback
-- source fingerprint: 4eaa363d76b91125
-- target fingerprint: cdbc62e1838a003b
-- 3 statements; hazards: none

BEGIN;

DROP EXTENSION hstore;

DROP EXTENSION pgcrypto;

DROP EXTENSION "uuid-ossp";

COMMIT;
