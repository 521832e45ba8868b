-- The desired state is pg_dump --schema-only output as it comes: \restrict, SET,
-- set_config('search_path', ''), OWNER TO, COMMENT ON EXTENSION, ALTER TABLE ONLY.
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE TYPE app.plan AS ENUM ('free', 'pro');
CREATE TABLE app.accounts (id bigserial PRIMARY KEY, email citext NOT NULL UNIQUE, plan app.plan NOT NULL DEFAULT 'free', created_at timestamptz NOT NULL DEFAULT now());
