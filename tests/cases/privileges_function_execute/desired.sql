-- EXECUTE on functions and procedures: revoked from PUBLIC, given back to PUBLIC, granted to roles, one overload only.
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

REVOKE EXECUTE ON FUNCTION app.add(numeric, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.add(numeric, numeric) TO sd_reader, sd_writer;
REVOKE EXECUTE ON PROCEDURE app.purge(integer) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE app.purge(integer) TO sd_admin;
