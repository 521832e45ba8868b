CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    unit_price numeric(12,2) NOT NULL,
    quantity integer NOT NULL,
    first_name text,
    last_name text
);
