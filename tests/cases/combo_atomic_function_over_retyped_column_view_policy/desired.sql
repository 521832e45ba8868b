CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(14,2) NOT NULL DEFAULT 0,
    owner text NOT NULL,
    CONSTRAINT accounts_balance_check CHECK (balance > -1000)
);
CREATE FUNCTION account_balance(p_id integer) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT balance FROM accounts WHERE id = p_id;
END;
CREATE VIEW rich_accounts AS SELECT id, owner, account_balance(id) AS balance FROM accounts WHERE account_balance(id) > 1000;
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_positive ON accounts FOR SELECT USING (account_balance(id) >= 0);
CREATE INDEX accounts_balance_idx ON accounts (balance);
