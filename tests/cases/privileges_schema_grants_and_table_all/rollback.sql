-- schemadiff rollback
-- source fingerprint: db320b5e22c71a4a
-- target fingerprint: be0bd6d77301150f
-- 5 statements; hazards: none

BEGIN;

REVOKE CREATE, USAGE ON SCHEMA app FROM sd_admin;

REVOKE REFERENCES, TRIGGER, TRUNCATE ON TABLE app.t FROM sd_writer;

GRANT REFERENCES, TRIGGER, TRUNCATE ON TABLE app.t TO sd_admin;

GRANT USAGE ON SCHEMA public TO PUBLIC;

GRANT SELECT (public_note) ON TABLE app.t TO sd_reader;

COMMIT;
