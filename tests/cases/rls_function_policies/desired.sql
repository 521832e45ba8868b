-- Rls function policies.
CREATE SCHEMA auth;
CREATE FUNCTION auth.current_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT coalesce(nullif(current_setting('app.tenant', true), ''), '0')::integer $$;
CREATE FUNCTION auth.is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.admin', true), '') = 'on' $$;
CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL DEFAULT auth.current_tenant(),
    title text NOT NULL,
    archived boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON documents USING (tenant_id = auth.current_tenant() OR auth.is_admin()) WITH CHECK (tenant_id = auth.current_tenant());
CREATE POLICY hide_archived ON documents AS RESTRICTIVE FOR SELECT TO sd_reader USING (NOT archived);
GRANT USAGE ON SCHEMA auth TO sd_reader, sd_writer;
GRANT EXECUTE ON FUNCTION auth.current_tenant() TO sd_reader, sd_writer;
REVOKE EXECUTE ON FUNCTION auth.is_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.is_admin() TO sd_reader, sd_writer;
GRANT SELECT ON documents TO sd_reader;
GRANT SELECT, INSERT, UPDATE ON documents TO sd_writer;
GRANT UPDATE (archived) ON documents TO sd_reader;
