-- Rls function policies.
CREATE SCHEMA auth;
CREATE FUNCTION auth.current_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant', true), '')::integer $$;
CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL,
    title text NOT NULL
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON documents USING (tenant_id = auth.current_tenant());
GRANT USAGE ON SCHEMA auth TO sd_reader, sd_writer;
GRANT EXECUTE ON FUNCTION auth.current_tenant() TO sd_reader, sd_writer;
GRANT SELECT ON documents TO sd_reader;
GRANT SELECT, INSERT, UPDATE ON documents TO sd_writer;
