-- A view's column list renames its columns, and a dependent view uses the new names.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW active_users AS SELECT id AS user_id, email AS mail FROM users;
CREATE VIEW active_user_emails AS SELECT mail FROM active_users;
