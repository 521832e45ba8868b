CREATE TABLE ledger (
    id integer PRIMARY KEY,
    amount_cents integer NOT NULL
);
CREATE TABLE ledger_totals (
    k integer PRIMARY KEY,
    total bigint NOT NULL
);
CREATE FUNCTION ledger_sum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ledger_totals SET total = total + (SELECT coalesce(sum(amount_cents), 0) FROM new_rows) WHERE k = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER ledger_sum AFTER INSERT ON ledger REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_sum();
