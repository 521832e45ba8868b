CREATE TABLE members (
    id integer PRIMARY KEY,
    email text NOT NULL,
    tenant_id integer NOT NULL DEFAULT 1,
    CONSTRAINT members_tenant_email_key UNIQUE (tenant_id, email),
    CONSTRAINT members_tenant_id_key UNIQUE (tenant_id, id)
);
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_tenant ON members
    USING (tenant_id = coalesce(nullif(current_setting('app.tenant', true), ''), '1')::integer);
CREATE TABLE notes (
    id integer PRIMARY KEY,
    member_id integer NOT NULL,
    tenant_id integer NOT NULL DEFAULT 1,
    body text,
    CONSTRAINT notes_member_fkey FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant ON notes
    USING (tenant_id = coalesce(nullif(current_setting('app.tenant', true), ''), '1')::integer);
