CREATE SCHEMA "Billing";
CREATE FUNCTION "Billing"."GetRate"(plan text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 9.99 $$;
REVOKE ALL ON FUNCTION "Billing"."GetRate"(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Billing"."GetRate"(text) TO sd_reader;
