CREATE TABLE cart_items (
    id integer PRIMARY KEY,
    price numeric(12,2) NOT NULL,
    qty integer NOT NULL,
    total numeric(14,2) GENERATED ALWAYS AS (price * qty) STORED
);
