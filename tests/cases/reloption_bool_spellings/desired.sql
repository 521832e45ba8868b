CREATE TABLE t (id int) WITH (autovacuum_enabled = on, vacuum_index_cleanup = on, vacuum_truncate = off);
CREATE TABLE u (id int) WITH (autovacuum_enabled = yes);
CREATE VIEW v WITH (security_barrier = true) AS SELECT 1 AS x;
