CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_name text NOT NULL
);
