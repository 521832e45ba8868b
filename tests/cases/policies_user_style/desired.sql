CREATE TABLE notes (id int PRIMARY KEY, author text NOT NULL, tenant int, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT USING (true);
ALTER POLICY p_read ON notes TO sd_reader, sd_writer USING (tenant = current_setting('app.tenant')::int);
CREATE POLICY "Tenant isolation" ON notes AS RESTRICTIVE FOR ALL TO public USING (tenant IS NOT NULL);
CREATE POLICY p_write ON notes FOR UPDATE TO sd_writer USING (author = current_user) WITH CHECK (author = current_user AND body <> '');
COMMENT ON POLICY "Tenant isolation" ON notes IS 'restrictive';
