-- Saas release 1.
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid', 'void');
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(254) NOT NULL,
    full_name text,
    last_login_at timestamptz
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE TABLE memberships (
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
    PRIMARY KEY (account_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
CREATE SEQUENCE invoice_number_seq START 1000;
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    number integer NOT NULL DEFAULT nextval('invoice_number_seq'),
    amount numeric(12,2) NOT NULL CHECK (amount >= 0),
    status invoice_status NOT NULL DEFAULT 'draft',
    issued_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoices_account_status_idx ON invoices (account_id, status);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_id integer,
    actor text DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (table_name, op, row_id) VALUES (TG_TABLE_NAME, TG_OP, COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoices_audit AFTER INSERT OR UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW active_accounts AS SELECT id, name, created_at FROM accounts WHERE deleted_at IS NULL;
