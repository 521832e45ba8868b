CREATE TABLE wallets (
    id integer PRIMARY KEY,
    user_id bigint NOT NULL,
    balance numeric(14,2) NOT NULL DEFAULT 0,
    note text
);

CREATE FUNCTION wallets_no_negative() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'balance of wallet % would become negative', NEW.id;
END;
$$;

CREATE TRIGGER wallets_no_negative
    BEFORE UPDATE OF balance ON wallets
    FOR EACH ROW
    WHEN (NEW.balance < 0)
    EXECUTE FUNCTION wallets_no_negative();

ALTER TABLE wallets ENABLE ROW LEVEL SECURITY;

CREATE POLICY wallets_own ON wallets
    USING (user_id = current_setting('app.user_id')::integer);
