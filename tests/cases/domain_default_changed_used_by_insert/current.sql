CREATE DOMAIN order_status AS text DEFAULT 'new' CHECK (VALUE IN ('new', 'pending', 'paid', 'shipped'));
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status order_status NOT NULL
);
