-- Enum add value used in check same release.
CREATE TYPE order_state AS ENUM ('new', 'paid');
CREATE TABLE orders (id bigint PRIMARY KEY, state order_state NOT NULL DEFAULT 'new');
