CREATE FUNCTION describe(v integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'int:' || v $$;

CREATE FUNCTION describe(v text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'text:' || v $$;
