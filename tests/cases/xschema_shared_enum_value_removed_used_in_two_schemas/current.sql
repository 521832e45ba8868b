CREATE SCHEMA types; CREATE SCHEMA app; CREATE SCHEMA audit;
CREATE TYPE types.status AS ENUM ('new', 'active', 'legacy', 'closed');
CREATE TABLE app.accounts (id int PRIMARY KEY, status types.status NOT NULL DEFAULT 'new');
CREATE TABLE audit.accounts (id int, old_status types.status, new_status types.status, statuses types.status[]);
CREATE INDEX accounts_status_idx ON app.accounts (status) WHERE status <> 'closed';
CREATE VIEW audit.status_changes AS SELECT id, old_status, new_status FROM audit.accounts WHERE old_status IS DISTINCT FROM new_status;
CREATE FUNCTION app.is_open(s types.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s IN ('new', 'active') $$;
