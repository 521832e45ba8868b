-- schemadiff rollback
-- source fingerprint: 5688cdb9d7de8d41
-- target fingerprint: 53aa1d30760c914c
-- 3 statements; hazards: none

BEGIN;

DROP EXTENSION hstore;

DROP EXTENSION pgcrypto;

DROP EXTENSION "uuid-ossp";

COMMIT;
