-- Replica identity for logical replication: set, changed, reset, and on
-- a new table.
CREATE TABLE orders (id bigint PRIMARY KEY, note text);
ALTER TABLE orders REPLICA IDENTITY FULL;
CREATE TABLE events (id bigint, payload jsonb);
CREATE TABLE audit (id bigint, at timestamptz);
ALTER TABLE audit REPLICA IDENTITY NOTHING;
CREATE TABLE shipments (id bigint, order_id bigint) ;
ALTER TABLE shipments REPLICA IDENTITY FULL;
