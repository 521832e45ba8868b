-- schemadiff plan
-- source fingerprint: 8865201fe434dddc
-- target fingerprint: 1bbf84ac6262444a
-- 3 statements; hazards: none

BEGIN;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pgcrypto WITH SCHEMA public VERSION '1.3';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA public VERSION '1.1';

COMMIT;
