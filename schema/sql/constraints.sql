-- Table constraints: primary key, unique, foreign key, check, exclusion;
-- not the copies a partitioned table's constraints make on partitions.
-- A primary key's or unique constraint's storage parameters live on its
-- index, and pg_get_constraintdef() leaves them out: they go in before
-- DEFERRABLE, spelled as pg_dump and pg_get_indexdef() spell them.
-- clustered: the constraint's index is the one CLUSTER ON marked;
-- replica_identity: the one REPLICA IDENTITY USING INDEX names.
SELECT co.oid, n.nspname, c.relname, co.conname, co.contype,
       CASE WHEN i.reloptions IS NULL THEN pg_catalog.pg_get_constraintdef(co.oid)
            ELSE pg_catalog.substr(pg_catalog.pg_get_constraintdef(co.oid), 1,
                                   pg_catalog.length(pg_catalog.pg_get_constraintdef(co.oid)) - w.tail) ||
                 (SELECT ' WITH (' || pg_catalog.string_agg(
                           pg_catalog.quote_ident(pg_catalog.split_part(o, '=', 1)) || '=' ||
                           CASE WHEN pg_catalog.quote_ident(v) = v THEN v
                                ELSE pg_catalog.quote_literal(v) END, ', ' ORDER BY k) || ')'
                  FROM pg_catalog.unnest(i.reloptions) WITH ORDINALITY AS r(o, k),
                       LATERAL (SELECT pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1) AS v) AS val) ||
                 pg_catalog.right(pg_catalog.pg_get_constraintdef(co.oid), w.tail)
       END AS def, co.convalidated,
       COALESCE(ci.indisclustered, false) AS clustered,
       COALESCE(ci.indisreplident, false) AS replica_identity
FROM pg_catalog.pg_constraint co
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class i ON i.oid = co.conindid AND co.contype IN ('p', 'u')
     AND i.reloptions IS NOT NULL
LEFT JOIN pg_catalog.pg_index ci ON ci.indexrelid = co.conindid AND co.contype IN ('p', 'u', 'x')
CROSS JOIN LATERAL (SELECT CASE WHEN co.condeferred THEN 30 WHEN co.condeferrable THEN 11
                                ELSE 0 END AS tail) AS w
WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND co.conislocal AND co.conparentid = 0
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, co.conname;
