-- Policy using function and rls release.
CREATE SCHEMA auth;
CREATE FUNCTION auth.tenant_id() RETURNS integer LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::integer $$;
CREATE TABLE projects (
    id bigint PRIMARY KEY,
    tenant_id integer NOT NULL,
    name text NOT NULL
);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON projects USING (tenant_id = auth.tenant_id());
