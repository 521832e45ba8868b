-- Extended statistics objects (CREATE STATISTICS) on tables and
-- materialized views.  def is the whole CREATE STATISTICS, qualified,
-- written here rather than by pg_get_statisticsobjdef(), which lists the
-- columns in column order: a column dropped and added again would come
-- last and the same object read as another.  Columns are sorted by name,
-- expressions kept in their order and parenthesised, and the kinds listed
-- whenever they may be (not for a single expression); stat_target is
-- ALTER STATISTICS ... SET STATISTICS, NULL at the default.  A statistics
-- object lives in a schema of its own choosing, so its table is named
-- apart.
SELECT s.oid, n.nspname, s.stxname,
       'CREATE STATISTICS ' || pg_catalog.quote_ident(n.nspname) || '.' ||
       pg_catalog.quote_ident(s.stxname) ||
       CASE WHEN pg_catalog.cardinality(cols.v) + pg_catalog.cardinality(exprs.v) > 1
            THEN ' (' || pg_catalog.array_to_string(ARRAY(
                   SELECT k.word FROM (VALUES (1, 'ndistinct', 'd'), (2, 'dependencies', 'f'),
                                              (3, 'mcv', 'm')) AS k(pos, word, code)
                   WHERE k.code::pg_catalog."char" = ANY (s.stxkind) ORDER BY k.pos), ', ') || ')'
            ELSE '' END ||
       ' ON ' || pg_catalog.array_to_string(cols.v || exprs.v, ', ') ||
       ' FROM ' || pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(c.relname)
         AS def,
       NULLIF(s.stxstattarget, -1) AS stat_target,
       tn.nspname AS table_schema, c.relname AS table_name
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
CROSS JOIN LATERAL (SELECT ARRAY(SELECT pg_catalog.quote_ident(a.attname)
                                 FROM pg_catalog.unnest(s.stxkeys::pg_catalog.int2[]) AS key(num)
                                 JOIN pg_catalog.pg_attribute a
                                   ON a.attrelid = s.stxrelid AND a.attnum = key.num
                                 ORDER BY a.attname) AS v) AS cols
CROSS JOIN LATERAL (SELECT ARRAY(SELECT '(' || e.expr || ')'
                                 FROM pg_catalog.unnest(
                                        pg_catalog.pg_get_statisticsobjdef_expressions(s.oid))
                                      WITH ORDINALITY AS e(expr, pos)
                                 ORDER BY e.pos) AS v) AS exprs
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND d.objid = s.oid AND d.deptype = 'e')
ORDER BY n.nspname, s.stxname;
