CREATE TABLE members (
    id integer PRIMARY KEY,
    org_id integer NOT NULL,
    email text NOT NULL,
    handle text UNIQUE,
    CONSTRAINT members_org_email_key UNIQUE (org_id, email) INCLUDE (handle)
);
