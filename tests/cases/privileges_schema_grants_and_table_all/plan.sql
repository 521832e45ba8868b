-- schemadiff plan
-- source fingerprint: be0bd6d77301150f
-- target fingerprint: db320b5e22c71a4a
-- 5 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA public FROM PUBLIC;

REVOKE SELECT (public_note) ON TABLE app.t FROM sd_reader;

REVOKE REFERENCES, TRIGGER, TRUNCATE ON TABLE app.t FROM sd_admin;

GRANT CREATE, USAGE ON SCHEMA app TO sd_admin WITH GRANT OPTION;

GRANT REFERENCES, TRIGGER, TRUNCATE ON TABLE app.t TO sd_writer;

COMMIT;
