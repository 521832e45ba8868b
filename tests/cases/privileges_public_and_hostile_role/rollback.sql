-- schemadiff rollback
-- source fingerprint: e36e37d763d97790
-- target fingerprint: b64680bf07868a7f
-- 9 statements; hazards: none

BEGIN;

REVOKE USAGE ON SCHEMA "Odd ""Schema""" FROM PUBLIC;

REVOKE SELECT ("Id") ON TABLE "Odd ""Schema"""."Tab; ""le""" FROM PUBLIC;

REVOKE UPDATE ("sec ret") ON TABLE "Odd ""Schema"""."Tab; ""le""" FROM "sd ""odd"" role";

REVOKE EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() FROM "sd ""odd"" role";

REVOKE EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() FROM sd_reader;

REVOKE SELECT ON TABLE "Odd ""Schema"""."Tab; ""le""" FROM "sd ""odd"" role";

REVOKE CREATE ON SCHEMA "Odd ""Schema""" FROM "sd ""odd"" role";

GRANT EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() TO PUBLIC;

GRANT SELECT ON TABLE "Odd ""Schema"""."Tab; ""le""" TO PUBLIC;

COMMIT;
