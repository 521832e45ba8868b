CREATE SCHEMA "my schema";
CREATE SCHEMA "a,b";
CREATE FUNCTION f1() RETURNS int LANGUAGE sql SET search_path = "my schema", "a,b", pg_temp AS $$ SELECT 1 $$;
CREATE FUNCTION f2() RETURNS int LANGUAGE sql SET DateStyle = 'ISO, DMY' SET TimeZone = 'Europe/Berlin' SET work_mem = '64MB' AS $$ SELECT 2 $$;
CREATE FUNCTION f3() RETURNS int LANGUAGE sql SET search_path = "$user", public SET session_preload_libraries = 'a', 'b c' AS $$ SELECT 3 $$;
