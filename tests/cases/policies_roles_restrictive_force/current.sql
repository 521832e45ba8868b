CREATE TABLE doc (id int PRIMARY KEY, owner text, tenant int);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON doc FOR SELECT TO sd_reader USING (true);
CREATE POLICY p_tenant ON doc AS RESTRICTIVE TO sd_reader, sd_writer USING (tenant = 1);
CREATE POLICY p_write ON doc FOR INSERT TO sd_writer WITH CHECK (owner = current_user);
COMMENT ON POLICY p_read ON doc IS 'readers';
