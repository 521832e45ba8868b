-- Tables, partitioned tables and partitions.  partition_of and inherits name
-- the parents (quoted and qualified, in inheritance order); options are the
-- storage parameters (fillfactor, autovacuum_*, ...), then those of the
-- table's TOAST table as toast.name, which is how WITH and SET take them.
SELECT c.oid, n.nspname, c.relname, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity,
       c.relreplident,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       -- the rows a partition takes, as an expression over its columns
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_partition_constraintdef(c.oid)
       END AS partition_constraint,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pn.nspname) || '.' ||
                                     pg_catalog.quote_ident(pc.relname), ', ' ORDER BY i.inhseqno)
        FROM pg_catalog.pg_inherits i
        JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
        JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
        WHERE i.inhrelid = c.oid) AS parents,
       c.relispartition AS is_partition,
       pg_catalog.array_to_string(c.reloptions || ARRAY(SELECT 'toast.' || o
                                                      FROM pg_catalog.unnest(tc.reloptions) AS o),
                                  ', ') AS options
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname;
