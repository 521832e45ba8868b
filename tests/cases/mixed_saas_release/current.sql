CREATE EXTENSION citext;

CREATE TABLE tenants (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free',
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants (id),
    email citext NOT NULL,
    is_admin boolean NOT NULL DEFAULT false,
    legacy_password_md5 text,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE projects (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants (id),
    name varchar(80) NOT NULL
);

CREATE INDEX users_tenant_idx ON users (tenant_id);
