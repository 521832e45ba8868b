-- A plain AFTER trigger becomes a deferrable constraint trigger; a second
-- constraint trigger is added INITIALLY DEFERRED.
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE TABLE transfers (
    id integer PRIMARY KEY,
    from_id integer NOT NULL REFERENCES accounts (id),
    to_id integer NOT NULL REFERENCES accounts (id),
    amount numeric(12,2) NOT NULL
);
CREATE FUNCTION transfers_check_positive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT balance FROM accounts WHERE id = NEW.from_id) < 0 THEN
        RAISE EXCEPTION 'account % overdrawn', NEW.from_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER transfers_check_positive
    AFTER INSERT ON transfers
    FOR EACH ROW EXECUTE FUNCTION transfers_check_positive();
