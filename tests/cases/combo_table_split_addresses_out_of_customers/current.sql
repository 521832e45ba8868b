CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    street text,
    city text
);
CREATE INDEX customers_city_idx ON customers (city);
CREATE VIEW customer_cards AS SELECT id, name, city FROM customers;
