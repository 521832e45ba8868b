CREATE TABLE customers (
    id integer PRIMARY KEY
);

CREATE TABLE payments (
    id integer PRIMARY KEY,
    customer_id integer,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT payments_amount_positive CHECK (amount > 0),
    CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
