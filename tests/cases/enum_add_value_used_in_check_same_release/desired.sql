-- Enum add value used in check same release.
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new',
    shipped_at timestamptz,
    CONSTRAINT orders_shipped_check CHECK ((state = 'shipped') = (shipped_at IS NOT NULL))
);
CREATE INDEX orders_open_idx ON orders (id) WHERE state <> 'cancelled';
CREATE FUNCTION is_final(s order_state) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN s IN ('shipped', 'cancelled');
