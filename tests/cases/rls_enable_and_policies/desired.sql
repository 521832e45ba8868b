CREATE TABLE tenant_docs (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

ALTER TABLE tenant_docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_docs_tenant_isolation ON tenant_docs
    USING (tenant_id = current_setting('app.tenant_id')::integer);

CREATE POLICY tenant_docs_owner_write ON tenant_docs
    FOR UPDATE
    TO sd_admin
    USING (owner_name = current_user)
    WITH CHECK (owner_name = current_user);

CREATE POLICY tenant_docs_published_read ON tenant_docs
    AS PERMISSIVE
    FOR SELECT
    TO PUBLIC
    USING (published);
