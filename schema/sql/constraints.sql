-- Table constraints: primary key, unique, foreign key, check, exclusion;
-- not the copies a partitioned table's constraints make on partitions.
SELECT co.oid, n.nspname, c.relname, co.conname, co.contype,
       pg_catalog.pg_get_constraintdef(co.oid) AS def, co.convalidated
FROM pg_catalog.pg_constraint co
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND co.conislocal AND co.conparentid = 0
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, co.conname;
