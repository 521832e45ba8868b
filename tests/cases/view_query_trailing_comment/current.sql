-- Trailing -- comments after a view's query and an index predicate, and a
-- /* */ comment inside a check: a plan must not let a comment swallow its ';'.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
