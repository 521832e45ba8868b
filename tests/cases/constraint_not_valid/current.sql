CREATE TABLE customers (
    id integer PRIMARY KEY
);

CREATE TABLE payments (
    id integer PRIMARY KEY,
    customer_id integer,
    amount numeric(12,2) NOT NULL
);
