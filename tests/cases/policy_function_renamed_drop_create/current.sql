CREATE FUNCTION current_tenant() RETURNS int
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant', true), '')::int $$;
CREATE TABLE notes (id int PRIMARY KEY, tenant_id int NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant ON notes FOR ALL TO sd_reader, sd_writer
    USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
