-- schemadiff plan
-- source fingerprint: cdbc62e1838a003b
-- target fingerprint: 54fe68b562ac0ae3
-- 3 statements; hazards: none

BEGIN;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pgcrypto WITH SCHEMA public VERSION '1.3';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA public VERSION '1.1';

COMMIT;
