CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, v int);
GRANT SELECT ON metrics TO sd_reader;
GRANT INSERT ON metrics TO sd_writer;
ALTER TABLE metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY metrics_all ON metrics TO sd_reader, sd_writer USING (true);
