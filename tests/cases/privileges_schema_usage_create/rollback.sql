-- schemadiff rollback
-- source fingerprint: d669cae4018cd9de
-- target fingerprint: 6837849a07dc0557
-- 4 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA staging FROM PUBLIC;

REVOKE CREATE, USAGE ON SCHEMA app FROM sd_admin;

REVOKE USAGE ON SCHEMA app FROM sd_writer;

GRANT CREATE ON SCHEMA staging TO sd_writer;

COMMIT;
