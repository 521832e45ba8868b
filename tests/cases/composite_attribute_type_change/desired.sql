-- ALTER TYPE ALTER ATTRIBUTE ... TYPE on a composite type used only as a function return type.
CREATE SCHEMA stats;

CREATE TYPE stats.summary AS (
    n bigint,
    total numeric(14,2),
    label text
);

CREATE FUNCTION stats.empty_summary() RETURNS stats.summary
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ROW(0, 0, 'empty')::stats.summary $$;
