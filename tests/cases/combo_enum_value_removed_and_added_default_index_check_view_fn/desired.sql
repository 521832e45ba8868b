CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped', 'returned');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new',
    prev_states order_state[] NOT NULL DEFAULT '{}',
    CONSTRAINT orders_state_check CHECK (state <> 'returned' OR id > 0)
);
CREATE INDEX orders_open_idx ON orders (id) WHERE state IN ('new', 'paid');
CREATE INDEX orders_returned_idx ON orders (id) WHERE state = 'returned';
CREATE VIEW open_orders AS SELECT id, state FROM orders WHERE state NOT IN ('shipped', 'returned');
CREATE FUNCTION is_final(s order_state) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s IN ('shipped', 'returned') $$;
CREATE INDEX orders_final_idx ON orders (is_final(state));
