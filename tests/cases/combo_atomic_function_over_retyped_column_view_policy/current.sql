CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance integer NOT NULL DEFAULT 0,
    owner text NOT NULL
);
CREATE FUNCTION account_balance(p_id integer) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT balance FROM accounts WHERE id = p_id;
END;
CREATE VIEW rich_accounts AS SELECT id, owner FROM accounts WHERE account_balance(id) > 1000;
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_positive ON accounts FOR SELECT USING (account_balance(id) >= 0);
