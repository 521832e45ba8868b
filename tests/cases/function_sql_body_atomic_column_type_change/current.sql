-- Function sql body atomic column type change.
CREATE TABLE accounts (id bigint PRIMARY KEY, balance integer NOT NULL);
CREATE FUNCTION account_balance(p_id bigint) RETURNS integer
    LANGUAGE sql STABLE
    RETURN (SELECT balance FROM accounts WHERE id = p_id);
CREATE FUNCTION total_balance() RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(balance) FROM accounts;
END;
