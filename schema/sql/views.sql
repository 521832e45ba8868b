-- Views and materialized views, with their output columns (names and
-- types) and options such as security_barrier or check_option;
-- relispopulated is false for a materialized view made WITH NO DATA.
SELECT c.oid, n.nspname, c.relname, c.relkind, c.relispopulated,
       pg_catalog.pg_get_viewdef(c.oid) AS def,
       pg_catalog.array_to_string(c.reloptions, ', ') AS options,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' ||
                                     pg_catalog.format_type(a.atttypid, a.atttypmod), ', '
                                     ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname;
