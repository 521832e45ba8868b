-- schemadiff rollback
-- source fingerprint: 7f76790892ce9f11
-- target fingerprint: 5390a00498bc1edf
-- 3 statements; hazards: none

BEGIN;

DROP EXTENSION hstore;

DROP EXTENSION pgcrypto;

DROP EXTENSION "uuid-ossp";

COMMIT;
