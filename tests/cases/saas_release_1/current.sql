-- Saas release 1.
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name text NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(100) NOT NULL UNIQUE,
    full_name text
);
CREATE TABLE memberships (
    account_id integer NOT NULL REFERENCES accounts (id),
    user_id integer NOT NULL REFERENCES users (id),
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (account_id, user_id)
);
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    amount numeric(10,2) NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    issued_at timestamp
);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_id integer,
    at timestamp NOT NULL DEFAULT now()
);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (table_name, op, row_id) VALUES (TG_TABLE_NAME, TG_OP, COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END $$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoices_audit AFTER INSERT OR UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION audit();
