-- Collations created by users (CREATE COLLATION).  The column names are
-- PostgreSQL 15's (colliculocale became colllocale in 17).
SELECT c.oid, n.nspname, c.collname,
       CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' ELSE 'default' END AS provider,
       c.collisdeterministic AS deterministic, c.collcollate, c.collctype, c.colliculocale
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.collname;
