-- Policy using function and rls release.
CREATE SCHEMA auth;
CREATE FUNCTION auth.tenant_id() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;
CREATE TABLE projects (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    archived boolean NOT NULL DEFAULT false
);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON projects USING (tenant_id = auth.tenant_id());
CREATE POLICY projects_no_archived_writes ON projects AS RESTRICTIVE FOR UPDATE TO sd_writer
    USING (NOT archived) WITH CHECK (tenant_id = auth.tenant_id());
CREATE INDEX projects_tenant_idx ON projects (tenant_id) WHERE NOT archived;
