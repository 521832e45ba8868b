-- schemadiff plan
-- source fingerprint: 5390a00498bc1edf
-- target fingerprint: 7f76790892ce9f11
-- 3 statements; hazards: none

BEGIN;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pgcrypto WITH SCHEMA public VERSION '1.3';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA public VERSION '1.1';

COMMIT;
