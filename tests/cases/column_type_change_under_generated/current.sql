CREATE TABLE cart_items (
    id integer PRIMARY KEY,
    price integer NOT NULL,
    qty integer NOT NULL,
    total integer GENERATED ALWAYS AS (price * qty) STORED
);
