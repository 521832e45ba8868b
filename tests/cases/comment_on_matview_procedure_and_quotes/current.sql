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

COMMENT ON MATERIALIZED VIEW visitor_counts IS 'old';
COMMENT ON PROCEDURE reset_visits() IS 'Danger: empties visits';
