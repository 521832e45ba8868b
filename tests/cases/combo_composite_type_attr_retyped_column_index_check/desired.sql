CREATE TYPE money_amount AS (currency char(3), cents bigint, note text);
CREATE TABLE payments (
    id integer PRIMARY KEY,
    amount money_amount NOT NULL,
    CONSTRAINT payments_cents_check CHECK ((amount).cents >= 0)
);
CREATE INDEX payments_currency_idx ON payments (((amount).currency));
CREATE INDEX payments_cents_idx ON payments (((amount).cents));
CREATE VIEW payment_cents AS SELECT id, (amount).cents AS cents FROM payments;
