-- Trailing -- comments after a view's query and an index predicate, and a
-- /* */ comment inside a check: a plan must not let a comment swallow its ';'.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100 -- threshold agreed with finance
;
CREATE INDEX orders_big_idx ON orders (total) WHERE total > 100 -- same threshold
;
CREATE TABLE refunds (id bigint PRIMARY KEY, amount numeric NOT NULL CHECK (amount > 0 /* positive */));
