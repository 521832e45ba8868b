CREATE SCHEMA "Odd ""Schema""";

CREATE TABLE "Odd ""Schema"""."Tab; ""le""" (
    "Id" integer PRIMARY KEY,
    "sec ret" text
);

CREATE FUNCTION "Odd ""Schema"""."fn ""x"""() RETURNS integer
    LANGUAGE sql
    AS $$ SELECT 1 $$;

GRANT SELECT ON "Odd ""Schema"""."Tab; ""le""" TO PUBLIC;
GRANT USAGE ON SCHEMA "Odd ""Schema""" TO "sd ""odd"" role";
