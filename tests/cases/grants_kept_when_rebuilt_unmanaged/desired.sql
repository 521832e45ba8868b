-- Without --privileges grants are not managed, but an object the plan must
-- drop and create again keeps the grants it has: a view whose column goes,
-- a function whose result type changes (locked down from PUBLIC), a table
-- rebuilt as partitioned. (Column grants are not carried: reading them costs
-- a scan of pg_attribute on every plan.)
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, note text);
CREATE VIEW order_totals AS SELECT id, total FROM orders;
GRANT SELECT ON order_totals TO sd_reader;
GRANT SELECT, INSERT ON orders TO sd_writer;

CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM orders';
REVOKE ALL ON FUNCTION order_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION order_count() TO sd_reader;

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
GRANT SELECT ON events TO sd_reader;
