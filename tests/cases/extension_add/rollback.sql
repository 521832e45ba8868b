-- schemadiff rollback
-- source fingerprint: ea149502d2631a03
-- target fingerprint: 112e255b807e78f1
-- 3 statements; hazards: none

BEGIN;

DROP EXTENSION hstore;

DROP EXTENSION pgcrypto;

DROP EXTENSION "uuid-ossp";

COMMIT;
