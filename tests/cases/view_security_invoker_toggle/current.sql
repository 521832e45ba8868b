-- A view's options change (security_invoker on, security_barrier off), and a
-- view that depends on it stays: CREATE OR REPLACE VIEW, not drop and create.
CREATE TABLE secrets (id bigint PRIMARY KEY, owner text NOT NULL, value text);
CREATE VIEW my_secrets WITH (security_barrier = true) AS
    SELECT id, value FROM secrets WHERE owner = current_user;
CREATE VIEW my_secret_ids AS SELECT id FROM my_secrets;
