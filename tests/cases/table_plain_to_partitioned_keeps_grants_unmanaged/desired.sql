CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
GRANT SELECT ON metrics TO sd_reader;
GRANT INSERT ON metrics TO sd_writer;
ALTER TABLE metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY metrics_all ON metrics TO sd_reader, sd_writer USING (true);
