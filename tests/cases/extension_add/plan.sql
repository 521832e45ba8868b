-- schemadiff plan
-- source fingerprint: cdbc62e1838a003b
-- target fingerprint: 4eaa363d76b91125
-- 6 statements; hazards: none

BEGIN;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pgcrypto WITH SCHEMA public VERSION '1.3';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA public VERSION '1.1';

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';

COMMIT;
