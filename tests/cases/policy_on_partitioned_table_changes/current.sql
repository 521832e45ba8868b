CREATE TABLE logs (id bigint NOT NULL, tenant int NOT NULL, at date NOT NULL, msg text) PARTITION BY LIST (tenant);
CREATE TABLE logs_t1 PARTITION OF logs FOR VALUES IN (1);
CREATE TABLE logs_t2 PARTITION OF logs FOR VALUES IN (2);
ALTER TABLE logs ENABLE ROW LEVEL SECURITY;
CREATE POLICY logs_tenant ON logs USING (tenant = current_setting('app.tenant')::int);
ALTER TABLE logs_t1 ENABLE ROW LEVEL SECURITY;
