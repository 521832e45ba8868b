-- A view's column list renames its columns, and a dependent view uses the new names.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW active_users (user_id, email_address) AS SELECT id, email FROM users;
CREATE VIEW active_user_emails AS SELECT email_address FROM active_users;
