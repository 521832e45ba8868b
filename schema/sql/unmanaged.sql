-- What the live database has that schemadiff neither reads nor plans (the
-- desired-state files refuse most of it): a plan leaves it as it is and a
-- dump leaves it out, so it is named in a warning rather than passed over.
-- One row per thing.  Each part finds its few candidates with cheap
-- filters first; extension members, what another object made for itself
-- (a range type's casts to its multirange) and system schemas go at the
-- end, for those candidates only (pg_depend is large).
WITH ns AS (
  SELECT oid, nspname FROM pg_catalog.pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
    AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp%'
),
-- view and materialized view columns with a setting of their own:
-- statistics target, storage, compression, n_distinct, or a default on a
-- view's column (a table's column settings are read: columns.sql)
col AS (
  SELECT a.attrelid, c.relkind, a.attstattarget, a.attstorage, t.typstorage,
         a.attcompression, a.atthasdef,
         ARRAY(SELECT o FROM pg_catalog.unnest(a.attoptions) AS o
               WHERE o LIKE 'n\_distinct%') AS opts,
         a.attrelid::pg_catalog.regclass::text || '.' ||
           pg_catalog.quote_ident(a.attname) AS cname
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('m', 'v')
    AND (a.attstattarget >= 0 OR a.attstorage <> t.typstorage OR a.attcompression <> ''
         OR pg_catalog.array_to_string(a.attoptions, ',') LIKE '%n\_distinct%'
         OR (a.atthasdef AND c.relkind = 'v'))
),
found(what, classid, objid, nsp) AS (
  SELECT 'rule ' || pg_catalog.quote_ident(r.rulename) || ' on ' ||
         r.ev_class::pg_catalog.regclass::text,
         'pg_catalog.pg_class'::pg_catalog.regclass, r.ev_class, c.relnamespace
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  WHERE r.rulename <> '_RETURN'
  UNION ALL
  SELECT CASE WHEN c.relkind = 'f' THEN 'foreign table ' ELSE 'typed table ' END ||
         c.oid::pg_catalog.regclass::text,
         'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, c.relnamespace
  FROM pg_catalog.pg_class c
  WHERE c.relkind = 'f' OR (c.relkind = 'r' AND c.reloftype <> 0)
  UNION ALL
  SELECT 'table access method ' || am.amname || ' of ' || c.oid::pg_catalog.regclass::text,
         'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, c.relnamespace
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_am am ON am.oid = c.relam
  WHERE c.relkind IN ('r', 'm') AND am.amname <> 'heap'
  UNION ALL
  SELECT s.what || ' on column ' || col.cname,
         'pg_catalog.pg_class'::pg_catalog.regclass, col.attrelid, c.relnamespace
  FROM col JOIN pg_catalog.pg_class c ON c.oid = col.attrelid
  CROSS JOIN LATERAL (VALUES
    (CASE WHEN col.attstattarget >= 0 AND col.relkind <> 'v'
          THEN 'SET STATISTICS ' || col.attstattarget END),
    (CASE WHEN col.attstorage <> col.typstorage AND col.relkind <> 'v' THEN 'SET STORAGE' END),
    (CASE WHEN col.attcompression <> '' AND col.relkind <> 'v' THEN 'SET COMPRESSION' END),
    (CASE WHEN col.opts <> '{}' AND col.relkind <> 'v'
          THEN 'SET (' || pg_catalog.array_to_string(col.opts, ', ') || ')' END),
    (CASE WHEN col.atthasdef AND col.relkind = 'v' THEN 'DEFAULT' END)) AS s(what)
  WHERE s.what IS NOT NULL
  UNION ALL
  -- a partition's or inheritance child's own default or NOT NULL on a
  -- column its parent has otherwise (not a NOT NULL its own primary key sets)
  SELECT CASE WHEN ca.attnotnull AND NOT pa.attnotnull THEN 'NOT NULL' ELSE 'DEFAULT' END ||
         ' of its own on column ' || ih.inhrelid::pg_catalog.regclass::text || '.' ||
         pg_catalog.quote_ident(ca.attname),
         'pg_catalog.pg_class'::pg_catalog.regclass, ih.inhrelid, c.relnamespace
  FROM pg_catalog.pg_inherits ih
  JOIN pg_catalog.pg_class c ON c.oid = ih.inhrelid AND c.relkind IN ('r', 'p')
  JOIN pg_catalog.pg_attribute ca ON ca.attrelid = ih.inhrelid AND ca.attnum > 0
       AND NOT ca.attisdropped
  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = ih.inhparent AND pa.attname = ca.attname
  LEFT JOIN pg_catalog.pg_attrdef cd ON cd.adrelid = ca.attrelid AND cd.adnum = ca.attnum
  LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
  WHERE (cd.oid IS NOT NULL AND (pd.oid IS NULL OR pg_catalog.pg_get_expr(cd.adbin, cd.adrelid) <>
                                                  pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)))
     OR (ca.attnotnull AND NOT pa.attnotnull AND NOT EXISTS (
           SELECT 1 FROM pg_catalog.pg_constraint k
           WHERE k.conrelid = ca.attrelid AND k.contype = 'p' AND ca.attnum = ANY (k.conkey)))
  UNION ALL
  -- a partition's copy of its parent's index or trigger (made and dropped
  -- with the parent's, so read only through it) with a setting of its own
  SELECT 'storage parameters of its own on index ' ||
         ih.inhrelid::pg_catalog.regclass::text || ' (a partition''s copy of ' ||
         ih.inhparent::pg_catalog.regclass::text || ')',
         'pg_catalog.pg_class'::pg_catalog.regclass, ih.inhrelid, ic.relnamespace
  FROM pg_catalog.pg_inherits ih
  JOIN pg_catalog.pg_class ic ON ic.oid = ih.inhrelid AND ic.relkind = 'i'
  JOIN pg_catalog.pg_class pc ON pc.oid = ih.inhparent
  WHERE ic.reloptions IS DISTINCT FROM pc.reloptions
  UNION ALL
  SELECT m.what || ' on index ' || ih.inhrelid::pg_catalog.regclass::text ||
         ' (a partition''s copy of ' || ih.inhparent::pg_catalog.regclass::text || ')',
         'pg_catalog.pg_class'::pg_catalog.regclass, ih.inhrelid, ic.relnamespace
  FROM pg_catalog.pg_inherits ih
  JOIN pg_catalog.pg_class ic ON ic.oid = ih.inhrelid AND ic.relkind = 'i'
  JOIN pg_catalog.pg_index i ON i.indexrelid = ih.inhrelid
  CROSS JOIN LATERAL (VALUES (CASE WHEN i.indisclustered THEN 'CLUSTER ON' END),
                             (CASE WHEN i.indisreplident THEN 'REPLICA IDENTITY USING INDEX' END))
       AS m(what)
  WHERE m.what IS NOT NULL
  UNION ALL
  SELECT 'comment on index ' || ih.inhrelid::pg_catalog.regclass::text ||
         ' (a partition''s copy of ' || ih.inhparent::pg_catalog.regclass::text || ')',
         'pg_catalog.pg_class'::pg_catalog.regclass, ih.inhrelid, ic.relnamespace
  FROM pg_catalog.pg_inherits ih
  JOIN pg_catalog.pg_class ic ON ic.oid = ih.inhrelid AND ic.relkind IN ('i', 'I')
  JOIN pg_catalog.pg_description d ON d.objoid = ih.inhrelid AND d.objsubid = 0
       AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
  UNION ALL
  SELECT CASE WHEN d.objoid IS NOT NULL THEN 'comment on trigger '
              ELSE CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA'
                   WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'ENABLE' END || ' TRIGGER ' END ||
         pg_catalog.quote_ident(t.tgname) || ' on ' || t.tgrelid::pg_catalog.regclass::text ||
         ' (a partition''s copy of its parent''s trigger)',
         'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, c.relnamespace
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_trigger pt ON pt.oid = t.tgparentid
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  LEFT JOIN pg_catalog.pg_description d ON d.objoid = t.oid
       AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
  WHERE t.tgenabled <> pt.tgenabled OR d.objoid IS NOT NULL
  UNION ALL
  SELECT 'aggregate ' || p.oid::pg_catalog.regprocedure::text,
         'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, p.pronamespace
  FROM pg_catalog.pg_proc p WHERE p.prokind = 'a' AND p.oid >= 16384
  UNION ALL
  SELECT 'operator ' || o.oid::pg_catalog.regoperator::text,
         'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, o.oprnamespace
  FROM pg_catalog.pg_operator o WHERE o.oid >= 16384
  UNION ALL
  SELECT 'text search configuration ' || c.oid::pg_catalog.regconfig::text,
         'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid, c.cfgnamespace
  FROM pg_catalog.pg_ts_config c WHERE c.oid >= 16384
  UNION ALL
  -- objects outside any schema: 0 stands for "no schema to leave out"
  SELECT 'cast (' || pg_catalog.format_type(c.castsource, NULL) || ' AS ' ||
         pg_catalog.format_type(c.casttarget, NULL) || ')',
         'pg_catalog.pg_cast'::pg_catalog.regclass, c.oid, 0::oid
  FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
  UNION ALL
  SELECT 'publication ' || pg_catalog.quote_ident(p.pubname),
         'pg_catalog.pg_publication'::pg_catalog.regclass, p.oid, 0::oid
  FROM pg_catalog.pg_publication p
  UNION ALL
  SELECT 'event trigger ' || pg_catalog.quote_ident(e.evtname),
         'pg_catalog.pg_event_trigger'::pg_catalog.regclass, e.oid, 0::oid
  FROM pg_catalog.pg_event_trigger e
  UNION ALL
  SELECT 'foreign server ' || pg_catalog.quote_ident(s.srvname),
         'pg_catalog.pg_foreign_server'::pg_catalog.regclass, s.oid, 0::oid
  FROM pg_catalog.pg_foreign_server s
)
SELECT f.what
FROM found f
WHERE (f.nsp = 0 OR f.nsp IN (SELECT oid FROM ns))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = f.classid AND d.objid = f.objid AND d.deptype IN ('e', 'i'))
ORDER BY 1;
