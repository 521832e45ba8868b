-- schemadiff rollback
-- source fingerprint: 884d8cd195c3d655
-- target fingerprint: bf52f6632606ee2c
-- 5 statements; hazards: none

BEGIN;

REVOKE CREATE, USAGE ON SCHEMA reporting FROM sd_admin;

REVOKE USAGE ON SCHEMA reporting FROM sd_reader;

REVOKE USAGE ON SCHEMA reporting FROM sd_writer;

GRANT CREATE ON SCHEMA reporting TO sd_writer;

GRANT USAGE ON SCHEMA reporting TO PUBLIC;

COMMIT;
