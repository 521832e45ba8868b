-- schemadiff plan
-- source fingerprint: bf52f6632606ee2c
-- target fingerprint: 884d8cd195c3d655
-- 5 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA reporting FROM PUBLIC;

REVOKE CREATE ON SCHEMA reporting FROM sd_writer;

GRANT USAGE ON SCHEMA reporting TO sd_writer;

GRANT CREATE, USAGE ON SCHEMA reporting TO sd_admin WITH GRANT OPTION;

GRANT USAGE ON SCHEMA reporting TO sd_reader;

COMMIT;
