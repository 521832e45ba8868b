-- Replica identity for logical replication: set, changed, reset, and on
-- a new table.
CREATE TABLE orders (id bigint PRIMARY KEY, note text);
CREATE TABLE events (id bigint, payload jsonb);
ALTER TABLE events REPLICA IDENTITY FULL;
CREATE TABLE audit (id bigint, at timestamptz);
ALTER TABLE audit REPLICA IDENTITY NOTHING;
