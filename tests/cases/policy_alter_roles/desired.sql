CREATE TABLE tenant_docs (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

ALTER TABLE tenant_docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_docs_admin ON tenant_docs
    TO sd_admin
    USING (true);
