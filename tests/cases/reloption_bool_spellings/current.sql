CREATE TABLE t (id int) WITH (autovacuum_enabled = true, vacuum_index_cleanup = auto, vacuum_truncate = false);
CREATE TABLE u (id int) WITH (autovacuum_enabled = on);
CREATE VIEW v WITH (security_barrier = on) AS SELECT 1 AS x;
