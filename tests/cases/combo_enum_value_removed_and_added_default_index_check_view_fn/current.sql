CREATE TYPE order_state AS ENUM ('new', 'legacy', 'paid', 'shipped');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new',
    prev_states order_state[] NOT NULL DEFAULT '{}',
    CONSTRAINT orders_state_check CHECK (state <> 'legacy' OR id < 0)
);
CREATE INDEX orders_open_idx ON orders (id) WHERE state IN ('new', 'paid');
CREATE VIEW open_orders AS SELECT id, state FROM orders WHERE state <> 'shipped';
CREATE FUNCTION is_final(s order_state) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'shipped' $$;
