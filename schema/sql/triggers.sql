-- Triggers written by users (not the internal ones behind foreign keys, nor
-- a partition's copy of its parent's trigger).  tgenabled: O fires on
-- origin and local writes (the default), D never, R on replicas only,
-- A always.
SELECT t.oid, n.nspname, c.relname, t.tgname, t.tgenabled,
       pg_catalog.pg_get_triggerdef(t.oid) AS def, t.tgconstraint <> 0 AS is_constraint
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, t.tgname;
