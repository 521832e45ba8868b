-- A new range partition whose rows already sit in the DEFAULT partition:
-- they move to it, and the default keeps the rest.
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY,
    issued_on date NOT NULL,
    amount numeric NOT NULL CHECK (amount >= 0),
    amount_cents bigint GENERATED ALWAYS AS ((amount * 100)::bigint) STORED,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE INDEX invoices_amount_idx ON invoices (amount);
CREATE FUNCTION invoices_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_touch();
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE invoices_default PARTITION OF invoices DEFAULT;
