-- User style: tables first, then keys and columns added by ALTER TABLE
CREATE TABLE orders (id integer NOT NULL, customer_id integer, total numeric(10,2));
CREATE TABLE customers (id integer NOT NULL, email text);
ALTER TABLE customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;
ALTER TABLE orders ADD COLUMN placed_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;
CREATE INDEX IF NOT EXISTS orders_customer_idx ON orders (customer_id);
