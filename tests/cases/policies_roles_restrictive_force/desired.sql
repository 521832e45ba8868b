CREATE TABLE doc (id int PRIMARY KEY, owner text, tenant int);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc FORCE ROW LEVEL SECURITY;
CREATE POLICY p_read ON doc FOR SELECT TO sd_reader, sd_admin USING (owner = current_user);
CREATE POLICY p_tenant ON doc AS PERMISSIVE TO sd_writer USING (tenant = 1);
CREATE POLICY p_write ON doc AS RESTRICTIVE FOR INSERT TO sd_writer, "sd ""odd"" role" WITH CHECK (owner = current_user);
COMMENT ON POLICY p_read ON doc IS 'readers and admins';
COMMENT ON POLICY p_write ON doc IS 'w';
