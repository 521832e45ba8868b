-- Indexes created on their own (on tables and materialized views), not the
-- ones behind a primary key, unique or exclusion constraint (those belong
-- to the constraint), nor a partition's copy of its parent's index, nor an
-- invalid index (what a failed CREATE INDEX CONCURRENTLY leaves behind: a
-- re-plan creates it again).  A partitioned table's index is invalid only
-- until every partition has its copy, and is never built CONCURRENTLY.
-- clustered: the index ALTER TABLE ... CLUSTER ON marked (what a bare
-- CLUSTER of the table uses); replica_identity: the index REPLICA IDENTITY
-- USING INDEX names.
SELECT i.indexrelid AS oid, n.nspname, c.relname AS table_name, ic.relname,
       pg_catalog.pg_get_indexdef(i.indexrelid) AS def,
       i.indisclustered AS clustered, i.indisreplident AS replica_identity
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm', 'p')
  AND (i.indisvalid OR c.relkind = 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                  WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid
                    AND co.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, ic.relname;
