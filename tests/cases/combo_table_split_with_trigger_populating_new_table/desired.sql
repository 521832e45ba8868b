CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE account_logins (
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, at)
);
CREATE FUNCTION accounts_first_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_logins (account_id) VALUES (NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER accounts_first_login AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_first_login();
CREATE VIEW last_logins AS SELECT account_id, max(at) AS last_login FROM account_logins GROUP BY account_id;
