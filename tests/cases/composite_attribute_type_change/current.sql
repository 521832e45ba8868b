CREATE SCHEMA stats;

CREATE TYPE stats.summary AS (
    n integer,
    total numeric(10,2),
    label varchar(20)
);

CREATE FUNCTION stats.empty_summary() RETURNS stats.summary
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ROW(0, 0, 'empty')::stats.summary $$;
