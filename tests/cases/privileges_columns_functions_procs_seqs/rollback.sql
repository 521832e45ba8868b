-- schemadiff rollback
-- source fingerprint: e00653748d6ac6c6
-- target fingerprint: c1fd3797b76e1cfb
-- 20 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA app FROM sd_admin;

REVOKE SELECT (balance) ON TABLE app.acct FROM sd_reader;

REVOKE UPDATE (balance) ON TABLE app.acct FROM sd_writer;

REVOKE SELECT (name) ON TABLE app.acct_v FROM sd_reader;

REVOKE USAGE ON DOMAIN app.pos FROM "sd ""odd"" role";

REVOKE EXECUTE ON PROCEDURE app.touch(IN i integer) FROM PUBLIC;

REVOKE EXECUTE ON PROCEDURE app.touch(IN i integer) FROM sd_admin;

REVOKE DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.acct FROM sd_admin;

REVOKE USAGE ON TYPE app.mood FROM PUBLIC;

REVOKE USAGE ON TYPE app.mood FROM sd_reader;

REVOKE REFERENCES (id) ON TABLE app.acct FROM sd_reader;

REVOKE INSERT (name) ON TABLE app.acct FROM sd_writer;

GRANT UPDATE (name) ON TABLE app.acct TO sd_writer WITH GRANT OPTION;

REVOKE GRANT OPTION FOR EXECUTE ON FUNCTION app.bal(i integer) FROM sd_reader;

REVOKE SELECT, UPDATE ON SEQUENCE app.ticket FROM sd_writer;

GRANT USAGE ON SEQUENCE app.ticket TO sd_writer;

GRANT USAGE ON DOMAIN app.pos TO PUBLIC;

GRANT EXECUTE ON FUNCTION app.bal(i integer) TO PUBLIC;

GRANT EXECUTE ON PROCEDURE app.touch(IN i integer) TO sd_writer;

GRANT SELECT ON TABLE app.acct_v TO sd_reader;

COMMIT;
