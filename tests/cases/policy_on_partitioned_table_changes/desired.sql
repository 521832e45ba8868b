CREATE TABLE logs (id bigint NOT NULL, tenant int NOT NULL, at date NOT NULL, msg text) PARTITION BY LIST (tenant);
CREATE TABLE logs_t1 PARTITION OF logs FOR VALUES IN (1);
CREATE TABLE logs_t2 PARTITION OF logs FOR VALUES IN (2);
ALTER TABLE logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE logs FORCE ROW LEVEL SECURITY;
CREATE POLICY logs_tenant ON logs FOR SELECT TO sd_reader USING (tenant = current_setting('app.tenant', true)::int);
CREATE POLICY logs_insert ON logs FOR INSERT TO sd_writer WITH CHECK (tenant = current_setting('app.tenant', true)::int AND at >= current_date - 1);
ALTER TABLE logs_t2 ENABLE ROW LEVEL SECURITY;
CREATE POLICY logs_t2_admin ON logs_t2 TO sd_admin USING (true);
