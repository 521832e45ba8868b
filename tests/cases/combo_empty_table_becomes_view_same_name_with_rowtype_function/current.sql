CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    amount numeric NOT NULL
);
CREATE TABLE order_totals (
    customer text PRIMARY KEY,
    total numeric NOT NULL
);
CREATE FUNCTION top_customers() RETURNS SETOF order_totals LANGUAGE sql STABLE
    AS $$ SELECT * FROM order_totals ORDER BY total DESC LIMIT 3 $$;
