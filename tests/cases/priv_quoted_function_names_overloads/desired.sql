CREATE SCHEMA "Billing";
CREATE FUNCTION "Billing"."GetRate"(plan text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 9.99 $$;
CREATE FUNCTION "Billing"."GetRate"(plan text, "Currency" char(3)) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 9.99 $$;
REVOKE ALL ON FUNCTION "Billing"."GetRate"(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION "Billing"."GetRate"(text, char) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Billing"."GetRate"(text) TO sd_reader, sd_writer;
GRANT EXECUTE ON FUNCTION "Billing"."GetRate"(text, char) TO sd_reader;
