-- schemadiff plan
-- source fingerprint: b64680bf07868a7f
-- target fingerprint: e36e37d763d97790
-- 9 statements; hazards: none

BEGIN;

REVOKE EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() FROM PUBLIC;

REVOKE SELECT ON TABLE "Odd ""Schema"""."Tab; ""le""" FROM PUBLIC;

GRANT CREATE ON SCHEMA "Odd ""Schema""" TO "sd ""odd"" role";

GRANT USAGE ON SCHEMA "Odd ""Schema""" TO PUBLIC;

GRANT SELECT ("Id") ON TABLE "Odd ""Schema"""."Tab; ""le""" TO PUBLIC;

GRANT UPDATE ("sec ret") ON TABLE "Odd ""Schema"""."Tab; ""le""" TO "sd ""odd"" role" WITH GRANT OPTION;

GRANT EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() TO "sd ""odd"" role";

GRANT EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() TO sd_reader;

GRANT SELECT ON TABLE "Odd ""Schema"""."Tab; ""le""" TO "sd ""odd"" role" WITH GRANT OPTION;

COMMIT;
