CREATE TYPE channel AS ENUM ('web', 'fax', 'app');
CREATE TABLE visits (
    id integer NOT NULL,
    day date NOT NULL,
    ch channel NOT NULL,
    PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX visits_ch_idx ON visits (ch);
CREATE MATERIALIZED VIEW visits_by_channel AS SELECT ch, count(*) AS n FROM visits GROUP BY ch;
CREATE UNIQUE INDEX visits_by_channel_ch ON visits_by_channel (ch);
