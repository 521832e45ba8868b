-- Matview concurrent refresh.
CREATE TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page text NOT NULL,
    viewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE MATERIALIZED VIEW daily_views AS
  SELECT page, date_trunc('day', viewed_at AT TIME ZONE 'UTC') AS day, count(*) AS n FROM page_views GROUP BY 1, 2;
CREATE UNIQUE INDEX daily_views_key ON daily_views (page, day);
COMMENT ON MATERIALIZED VIEW daily_views IS 'refreshed hourly';
