CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(12,2) NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW order_summary AS
    SELECT id, customer_id, total, placed_at, date_trunc('day', placed_at) AS placed_day
    FROM orders;
