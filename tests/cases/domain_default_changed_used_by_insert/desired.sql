CREATE DOMAIN order_status AS text DEFAULT 'pending' NOT NULL CHECK (VALUE IN ('new', 'pending', 'paid', 'shipped', 'cancelled'));
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status order_status NOT NULL
);
