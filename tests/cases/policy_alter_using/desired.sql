CREATE TABLE tenant_docs (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

ALTER TABLE tenant_docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_docs_read ON tenant_docs
    FOR SELECT
    USING (published OR owner_name = current_user);

CREATE POLICY tenant_docs_write ON tenant_docs
    FOR UPDATE
    TO sd_admin
    USING (owner_name = current_user AND tenant_id = current_setting('app.tenant_id')::integer)
    WITH CHECK (owner_name = current_user);
