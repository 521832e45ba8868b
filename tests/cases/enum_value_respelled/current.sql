-- Enum value respelled.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'canceled');
CREATE TABLE orders (id int PRIMARY KEY, status order_status NOT NULL DEFAULT 'new');
CREATE INDEX orders_live_idx ON orders (id) WHERE status <> 'canceled';
