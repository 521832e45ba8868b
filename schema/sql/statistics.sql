-- Extended statistics objects (CREATE STATISTICS) on tables and
-- materialized views.  def is pg_get_statisticsobjdef(): the whole CREATE
-- STATISTICS, qualified; stat_target is ALTER STATISTICS ... SET
-- STATISTICS, NULL at the default.  A statistics object lives in a schema
-- of its own choosing, so its table is named apart.
SELECT s.oid, n.nspname, s.stxname, pg_catalog.pg_get_statisticsobjdef(s.oid) AS def,
       NULLIF(s.stxstattarget, -1) AS stat_target,
       tn.nspname AS table_schema, c.relname AS table_name
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND d.objid = s.oid AND d.deptype = 'e')
ORDER BY n.nspname, s.stxname;
