CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE addresses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    street text,
    city text
);
CREATE INDEX addresses_city_idx ON addresses (city);
CREATE INDEX addresses_customer_id_idx ON addresses (customer_id);
CREATE VIEW customer_cards AS
    SELECT c.id, c.name, a.city FROM customers c LEFT JOIN addresses a ON a.customer_id = c.id;
