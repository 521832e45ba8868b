CREATE EXTENSION citext;
CREATE EXTENSION pgcrypto;

CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TYPE member_role AS ENUM ('viewer', 'editor', 'owner');

CREATE TABLE tenants (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    plan plan_tier NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tenants_name_check CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE users (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email citext NOT NULL,
    role member_role NOT NULL DEFAULT 'viewer',
    CONSTRAINT users_email_key UNIQUE (tenant_id, email)
);

CREATE TABLE projects (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name varchar(200) NOT NULL,
    archived_at timestamptz
);

CREATE TABLE api_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created_by integer REFERENCES users (id) ON DELETE SET NULL,
    key_hash bytea NOT NULL DEFAULT digest(gen_random_bytes(32), 'sha256'),
    expires_at timestamptz,
    CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash)
);

CREATE INDEX users_tenant_idx ON users (tenant_id) INCLUDE (role);
CREATE UNIQUE INDEX projects_tenant_name_live_key ON projects (tenant_id, lower(name)) WHERE archived_at IS NULL;
CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id, expires_at DESC NULLS FIRST);
