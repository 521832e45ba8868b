-- Grants to PUBLIC and to a role whose name holds double quotes and spaces, on objects with hostile names.
CREATE SCHEMA "Odd ""Schema""";

CREATE TABLE "Odd ""Schema"""."Tab; ""le""" (
    "Id" integer PRIMARY KEY,
    "sec ret" text
);

CREATE FUNCTION "Odd ""Schema"""."fn ""x"""() RETURNS integer
    LANGUAGE sql
    AS $$ SELECT 1 $$;

GRANT USAGE ON SCHEMA "Odd ""Schema""" TO PUBLIC;
GRANT USAGE, CREATE ON SCHEMA "Odd ""Schema""" TO "sd ""odd"" role";
GRANT SELECT ("Id") ON "Odd ""Schema"""."Tab; ""le""" TO PUBLIC;
GRANT SELECT, UPDATE ("sec ret") ON "Odd ""Schema"""."Tab; ""le""" TO "sd ""odd"" role" WITH GRANT OPTION;
REVOKE EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Odd ""Schema"""."fn ""x"""() TO "sd ""odd"" role", sd_reader;
