CREATE TABLE payments (
    id integer PRIMARY KEY,
    merchant_id integer NOT NULL,
    amount_cents bigint NOT NULL,
    paid_at timestamptz NOT NULL,
    refunded boolean NOT NULL DEFAULT false
);

CREATE FUNCTION cents_to_eur(cents bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT round(cents / 100.0, 2) $$;

CREATE VIEW payments_eur AS
    SELECT id, merchant_id, cents_to_eur(amount_cents) AS amount_eur, paid_at
    FROM payments
    WHERE NOT refunded;

CREATE MATERIALIZED VIEW merchant_monthly AS
    SELECT merchant_id, date_trunc('month', paid_at) AS month, sum(amount_eur) AS revenue,
           count(*) AS n_payments
    FROM payments_eur
    GROUP BY merchant_id, date_trunc('month', paid_at);

CREATE UNIQUE INDEX merchant_monthly_key ON merchant_monthly (merchant_id, month);
CREATE INDEX merchant_monthly_month_idx ON merchant_monthly (month);

COMMENT ON MATERIALIZED VIEW merchant_monthly IS 'Finance dashboard source';
COMMENT ON COLUMN merchant_monthly.revenue IS 'EUR, refunds excluded';
