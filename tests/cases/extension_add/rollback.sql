-- schemadiff rollback
-- source fingerprint: 54fe68b562ac0ae3
-- target fingerprint: cdbc62e1838a003b
-- 3 statements; hazards: none

BEGIN;

DROP EXTENSION hstore;

DROP EXTENSION pgcrypto;

DROP EXTENSION "uuid-ossp";

COMMIT;
