-- schemadiff plan
-- source fingerprint: c1fd3797b76e1cfb
-- target fingerprint: e00653748d6ac6c6
-- 20 statements; hazards: none

BEGIN;

REVOKE USAGE ON DOMAIN app.pos FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION app.bal(i integer) FROM PUBLIC;

REVOKE EXECUTE ON PROCEDURE app.touch(IN i integer) FROM sd_writer;

REVOKE SELECT ON TABLE app.acct_v FROM sd_reader;

GRANT REFERENCES (id) ON TABLE app.acct TO sd_reader;

REVOKE GRANT OPTION FOR UPDATE (name) ON TABLE app.acct FROM sd_writer;

GRANT INSERT (name) ON TABLE app.acct TO sd_writer;

GRANT EXECUTE ON FUNCTION app.bal(i integer) TO sd_reader WITH GRANT OPTION;

REVOKE USAGE ON SEQUENCE app.ticket FROM sd_writer;

GRANT SELECT, UPDATE ON SEQUENCE app.ticket TO sd_writer;

GRANT USAGE ON SCHEMA app TO sd_admin;

GRANT SELECT (balance) ON TABLE app.acct TO sd_reader;

GRANT UPDATE (balance) ON TABLE app.acct TO sd_writer;

GRANT SELECT (name) ON TABLE app.acct_v TO sd_reader;

GRANT USAGE ON DOMAIN app.pos TO "sd ""odd"" role";

GRANT EXECUTE ON PROCEDURE app.touch(IN i integer) TO PUBLIC;

GRANT EXECUTE ON PROCEDURE app.touch(IN i integer) TO sd_admin;

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE app.acct TO sd_admin WITH GRANT OPTION;

GRANT USAGE ON TYPE app.mood TO PUBLIC;

GRANT USAGE ON TYPE app.mood TO sd_reader;

COMMIT;
