CREATE TABLE ledger_entries (
    id integer PRIMARY KEY,
    txn_id integer NOT NULL,
    amount numeric(12,2) NOT NULL
);

CREATE FUNCTION check_txn_balanced() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF (SELECT sum(amount) FROM ledger_entries WHERE txn_id = NEW.txn_id) <> 0 THEN
        RAISE EXCEPTION 'transaction % does not balance', NEW.txn_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced
    AFTER INSERT OR UPDATE ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION check_txn_balanced();
