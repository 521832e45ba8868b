CREATE TABLE accounts (
  id int PRIMARY KEY,
  code varchar(16) NOT NULL,
  balance bigint NOT NULL DEFAULT 0 CHECK (balance > -1000),
  balance_x2 bigint GENERATED ALWAYS AS (balance * 2) STORED,
  CONSTRAINT accounts_code_key UNIQUE (code)
);
CREATE TABLE transfers (id int PRIMARY KEY, from_code varchar(16) NOT NULL REFERENCES accounts (code), amount bigint NOT NULL);
CREATE INDEX accounts_rich_idx ON accounts (balance) WHERE balance > 1000;
CREATE VIEW account_view AS SELECT id, code, balance, rank() OVER (ORDER BY balance DESC) AS r FROM accounts;
CREATE MATERIALIZED VIEW account_totals AS SELECT sum(balance) AS total FROM account_view;
CREATE FUNCTION account_balance(c varchar) RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT balance FROM accounts WHERE code = c; END;
CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER accounts_guard BEFORE UPDATE OF balance ON accounts FOR EACH ROW WHEN (NEW.balance < 0) EXECUTE FUNCTION guard();
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY acc_pol ON accounts USING (balance >= 0 OR current_setting('app.admin', true) = 'on');
COMMENT ON COLUMN accounts.balance IS 'cents';
