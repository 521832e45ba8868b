CREATE SCHEMA app;

CREATE FUNCTION app.add(a integer, b integer) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT a + b $$;

CREATE FUNCTION app.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT a + b $$;

CREATE FUNCTION app.reset_counters() RETURNS void
    LANGUAGE sql
    AS $$ SELECT $$;

CREATE PROCEDURE app.purge(days integer)
    LANGUAGE sql
    AS $$ SELECT days $$;

REVOKE EXECUTE ON FUNCTION app.reset_counters() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.reset_counters() TO sd_admin;
