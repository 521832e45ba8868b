CREATE FUNCTION describe(v integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'integer:' || v $$;

CREATE FUNCTION describe(v text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'text:' || v $$;

CREATE FUNCTION describe(v integer, unit text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'integer:' || v || ' ' || unit $$;

COMMENT ON FUNCTION describe(integer, text) IS 'two-argument overload';
