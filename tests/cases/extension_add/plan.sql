-- schemadiff plan
-- source fingerprint: 112e255b807e78f1
-- target fingerprint: ea149502d2631a03
-- 3 statements; hazards: none

BEGIN;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pgcrypto WITH SCHEMA public VERSION '1.3';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA public VERSION '1.1';

COMMIT;
