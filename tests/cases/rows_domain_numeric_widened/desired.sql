CREATE DOMAIN money_amount AS numeric(14,2) CHECK (VALUE >= 0);
CREATE TABLE orders (id serial PRIMARY KEY, total money_amount NOT NULL DEFAULT 0);
CREATE TABLE refunds (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders, amount money_amount);
CREATE INDEX refunds_amount_idx ON refunds (amount);
