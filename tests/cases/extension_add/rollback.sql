-- schemadiff rollback
-- source fingerprint: 1bbf84ac6262444a
-- target fingerprint: 8865201fe434dddc
-- 3 statements; hazards: none

BEGIN;

DROP EXTENSION hstore;

DROP EXTENSION pgcrypto;

DROP EXTENSION "uuid-ossp";

COMMIT;
