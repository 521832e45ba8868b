-- Sequences, except those behind identity columns (part of the column).
-- owner_* name the column of OWNED BY, if any.  relpersistence: an
-- unlogged table's serial sequence is unlogged too (PostgreSQL 15).
SELECT c.oid, n.nspname, c.relname, c.relpersistence,
       pg_catalog.format_type(s.seqtypid, NULL) AS type,
       s.seqstart::text AS start, s.seqincrement::text AS increment,
       s.seqmin::text AS min, s.seqmax::text AS max, s.seqcache::text AS cache,
       s.seqcycle AS cycle,
       tn.nspname AS owner_schema, tc.relname AS owner_table, a.attname AS owner_column
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend o ON o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND o.objid = c.oid AND o.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND o.refobjsubid > 0 AND o.deptype = 'a'
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = o.refobjid
LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = o.refobjid AND a.attnum = o.refobjsubid
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, c.relname;
