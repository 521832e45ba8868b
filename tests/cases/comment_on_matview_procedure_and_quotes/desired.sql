CREATE TABLE visits (
    id integer PRIMARY KEY,
    visitor text NOT NULL
);

CREATE MATERIALIZED VIEW visitor_counts AS
    SELECT visitor, count(*) AS n FROM visits GROUP BY visitor;

CREATE PROCEDURE reset_visits()
    LANGUAGE sql
    AS $$ TRUNCATE visits $$;

CREATE FUNCTION visit_count(who text) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM visits WHERE visitor = who $$;

COMMENT ON MATERIALIZED VIEW visitor_counts IS 'Visitor''s totals; refreshed by cron
(second line, with a backslash \ and "double quotes")';
COMMENT ON COLUMN visitor_counts.n IS 'Number of visits';
COMMENT ON FUNCTION visit_count(text) IS E'Tab:\there';
COMMENT ON COLUMN visits.visitor IS '';
