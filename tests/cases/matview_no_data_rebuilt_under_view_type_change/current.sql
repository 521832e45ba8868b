-- A WITH NO DATA materialized view (refreshed by a cron job) sits on a view
-- whose base column changes type; it is rebuilt, and a grant on it kept.
CREATE TABLE hits (id bigint PRIMARY KEY, path text NOT NULL, ms integer NOT NULL);
CREATE VIEW hits_v AS SELECT path, ms FROM hits;
CREATE MATERIALIZED VIEW slow_paths AS SELECT path, max(ms) AS worst FROM hits_v GROUP BY path WITH NO DATA;
GRANT SELECT ON slow_paths TO sd_reader;
