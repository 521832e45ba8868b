CREATE TABLE line_items (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL
);
