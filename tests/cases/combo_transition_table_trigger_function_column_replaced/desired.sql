CREATE TABLE ledger (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL DEFAULT 0,
    memo text
);
CREATE TABLE ledger_totals (
    k integer PRIMARY KEY,
    total numeric(14,2) NOT NULL
);
CREATE FUNCTION ledger_sum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ledger_totals SET total = total + (SELECT coalesce(sum(amount), 0) FROM new_rows) WHERE k = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER ledger_sum AFTER INSERT ON ledger REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_sum();
CREATE INDEX ledger_amount_idx ON ledger (amount);
