-- Saas release 3.
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'overdue', 'paid', 'void');
CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member', 'billing');
CREATE TYPE plan_tier AS ENUM ('free', 'team', 'enterprise');
CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    plan plan_tier NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    CONSTRAINT accounts_name_check CHECK (name <> '')
);
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(254) NOT NULL,
    full_name text,
    last_login_at timestamptz
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE TABLE memberships (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role member_role NOT NULL DEFAULT 'member',
    invited_by integer REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (account_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
CREATE UNIQUE INDEX memberships_one_owner ON memberships (account_id) WHERE role = 'owner';
CREATE SEQUENCE invoice_number_seq START 1000;
CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    number integer NOT NULL DEFAULT nextval('invoice_number_seq'),
    amount numeric(12,2) NOT NULL CHECK (amount >= 0),
    currency char(3) NOT NULL DEFAULT 'USD',
    status invoice_status NOT NULL DEFAULT 'draft',
    issued_at timestamptz,
    due_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT invoices_account_number_key UNIQUE (account_id, number)
);
CREATE INDEX invoices_account_status_idx ON invoices (account_id, status) WHERE status <> 'void';
CREATE TABLE invoice_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description text NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    unit_amount numeric(12,2) NOT NULL,
    line_total numeric(14,2) GENERATED ALWAYS AS (quantity * unit_amount) STORED
);
CREATE INDEX invoice_items_invoice_idx ON invoice_items (invoice_id);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_id bigint,
    actor text DEFAULT current_user,
    changes jsonb,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_table_row_idx ON audit_log (table_name, row_id);
CREATE INDEX audit_log_at_brin ON audit_log USING brin (at);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (table_name, op, row_id, changes)
  VALUES (TG_TABLE_NAME, TG_OP, COALESCE(NEW.id, OLD.id),
          CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END);
  RETURN NULL;
END $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoices_audit AFTER INSERT OR UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoice_items_audit AFTER INSERT OR UPDATE OR DELETE ON invoice_items FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER memberships_audit AFTER INSERT OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch();
CREATE VIEW active_accounts AS SELECT id, name, plan, (SELECT count(*) FROM memberships m WHERE m.account_id = accounts.id) AS members, created_at FROM accounts WHERE deleted_at IS NULL;
CREATE VIEW receivables AS
  SELECT a.id AS account_id, a.name, i.currency, sum(i.amount) FILTER (WHERE i.status IN ('sent', 'overdue')) AS open_amount,
         count(*) FILTER (WHERE i.status = 'overdue') AS overdue_count
  FROM active_accounts a JOIN invoices i ON i.account_id = a.id GROUP BY a.id, a.name, i.currency;
CREATE MATERIALIZED VIEW monthly_revenue AS
  SELECT account_id, date_trunc('month', issued_at AT TIME ZONE 'UTC') AS month, sum(amount) AS revenue
  FROM invoices WHERE status = 'paid' GROUP BY 1, 2;
CREATE UNIQUE INDEX monthly_revenue_key ON monthly_revenue (account_id, month);
