CREATE TABLE tenant_docs (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

ALTER TABLE tenant_docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_docs_visible ON tenant_docs
    FOR SELECT
    USING (published OR owner_name = current_user);

CREATE POLICY tenant_docs_same_tenant ON tenant_docs
    USING (tenant_id = current_setting('app.tenant_id')::integer);
