-- Domains: base type, collation (only when it differs from the base
-- type's), NOT NULL and default.  Their CHECK constraints are read by
-- domain_constraints.sql as objects of their own.
SELECT t.oid, n.nspname, t.typname,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       CASE WHEN t.typcollation <> bt.typcollation AND t.typcollation <> 0
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       t.typnotnull AS not_null,
       -- the expression, deparsed now with names qualified (as column
       -- defaults are), not typdefault: the text as it was deparsed when
       -- the default was set, under that session's search_path
       COALESCE(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault) AS default_expr
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname;
