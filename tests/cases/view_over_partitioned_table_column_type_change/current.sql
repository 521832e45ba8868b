-- A view over a partitioned table; a column changes type (int -> bigint)
-- and a new partition is added in the same release.
CREATE TABLE clicks (id bigint NOT NULL, clicked_on date NOT NULL, campaign_id integer NOT NULL) PARTITION BY RANGE (clicked_on);
CREATE TABLE clicks_2024 PARTITION OF clicks FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON clicks (campaign_id);
CREATE VIEW clicks_per_campaign AS SELECT campaign_id, count(*) AS n FROM clicks GROUP BY campaign_id;
