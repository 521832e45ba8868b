CREATE SCHEMA app;

CREATE TABLE app.accounts (
    id integer PRIMARY KEY,
    balance numeric NOT NULL DEFAULT 0
);

CREATE FUNCTION app.balance_of(account_id integer) RETURNS numeric
    LANGUAGE sql
    STABLE
    AS $$ SELECT balance FROM app.accounts WHERE id = account_id $$;

GRANT SELECT ON app.accounts TO sd_admin;
GRANT SELECT, UPDATE ON app.accounts TO sd_writer WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION app.balance_of(integer) TO sd_admin;
