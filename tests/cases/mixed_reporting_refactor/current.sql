CREATE TABLE payments (
    id integer PRIMARY KEY,
    merchant_id integer NOT NULL,
    amount_cents integer NOT NULL,
    paid_at timestamptz NOT NULL
);

CREATE FUNCTION cents_to_eur(cents integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT round(cents / 100.0, 2) $$;

CREATE VIEW payments_eur AS
    SELECT id, merchant_id, cents_to_eur(amount_cents) AS amount_eur, paid_at
    FROM payments;

CREATE MATERIALIZED VIEW merchant_monthly AS
    SELECT merchant_id, date_trunc('month', paid_at) AS month, sum(amount_eur) AS revenue
    FROM payments_eur
    GROUP BY merchant_id, date_trunc('month', paid_at);

CREATE UNIQUE INDEX merchant_monthly_key ON merchant_monthly (merchant_id, month);

COMMENT ON MATERIALIZED VIEW merchant_monthly IS 'Finance dashboard source';
