CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0
);

CREATE FUNCTION transfer(from_id integer, to_id integer, amount numeric)
    RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    available numeric;
BEGIN
    SELECT balance INTO available FROM accounts WHERE id = from_id FOR UPDATE;
    IF available IS NULL THEN
        RAISE EXCEPTION 'account % not found', from_id;
    END IF;
    IF available < amount THEN
        RAISE EXCEPTION 'insufficient funds in account %', from_id
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE accounts SET balance = balance - amount WHERE id = from_id;
    UPDATE accounts SET balance = balance + amount WHERE id = to_id;
END;
$$;

CREATE FUNCTION account_balances(OUT account_id integer, OUT balance numeric)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY SELECT a.id, a.balance FROM accounts a ORDER BY a.id;
END;
$$;
