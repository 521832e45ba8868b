CREATE TABLE tenant_docs (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

