-- schemadiff plan
-- source fingerprint: 6837849a07dc0557
-- target fingerprint: d669cae4018cd9de
-- 4 statements; hazards: none

BEGIN;

REVOKE CREATE ON SCHEMA staging FROM sd_writer;

GRANT USAGE ON SCHEMA staging TO PUBLIC;

GRANT CREATE, USAGE ON SCHEMA app TO sd_admin;

GRANT USAGE ON SCHEMA app TO sd_writer;

COMMIT;
