CREATE TABLE t (id int PRIMARY KEY, a text) WITH (autovacuum_enabled = true, fillfactor = 100);
CREATE INDEX t_a ON t (a) WITH (fillfactor = 90, deduplicate_items = off);
CREATE VIEW v WITH (security_barrier = false, security_invoker = false) AS SELECT id, a FROM t;
CREATE VIEW w WITH (security_barrier = false) AS SELECT id FROM t;
