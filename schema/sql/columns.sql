-- Columns that tables declare themselves, a table's in attnum order: inherited
-- columns belong to the parent and a partition's to its partitioned table.
-- The columns of views are read too, so their comments have an object to
-- hang on; the view's own definition carries their names and types.
-- collation is set only when it differs from the type's default; identity
-- options come from the column's internal sequence.
-- The settings pg_dump writes as ALTER TABLE ONLY ... ALTER COLUMN
-- (STATISTICS, STORAGE, COMPRESSION, SET (n_distinct...)) are read for these
-- columns and, as rows marked inherited, for a child's or partition's
-- inherited columns that have any: those rows make no column, the settings
-- go to their table.  Storage is set only when it differs from the type's;
-- of the options only the two PostgreSQL defines for columns are read,
-- sorted (a server may keep private entries there).
SELECT c.oid AS table_oid, c.nspname, c.relname, c.relkind, a.attname, a.attnum,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       a.attidentity AS identity, a.attgenerated AS generated,
       -- a default that calls a volatile function (random(), clock_timestamp(),
       -- nextval()) makes ADD COLUMN rewrite the table; pg_depend does not
       -- record built-in functions, so they are read from the expression tree
       -- (searched only when the default calls a function at all)
       ad.adbin::text LIKE '%:funcid %' AND
       EXISTS (SELECT 1 FROM pg_catalog.regexp_matches(ad.adbin::text, ':funcid (\d+)', 'g') AS m(f)
               JOIN pg_catalog.pg_proc p ON p.oid = m.f[1]::oid
               WHERE p.provolatile = 'v') AS volatile_default,
       CASE WHEN a.attidentity <> '' THEN
         'START WITH ' || s.seqstart || ' INCREMENT BY ' || s.seqincrement ||
         ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax ||
         ' CACHE ' || s.seqcache || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE ' NO CYCLE' END
       END AS identity_options,
       s.nspname AS identity_seq_schema, s.relname AS identity_seq_name,
       NOT a.attislocal OR c.relispartition AS inherited,
       a.attstattarget AS stat_target,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
       t.typstorage AS type_storage,
       CASE WHEN a.attcompression <> '' THEN a.attcompression END AS compression,
       o.options AS attribute_options
-- The relations first, each checked once for belonging to an extension
-- (OFFSET 0 keeps the planner from doing that check once per column).
FROM (SELECT c.oid, c.relname, c.relkind, c.relispartition, n.nspname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
        AND n.nspname NOT LIKE 'pg\_toast%'
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                          AND d.objid = c.oid AND d.deptype = 'e')
      OFFSET 0) c
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
-- an identity column's sequence, looked up only for identity columns
LEFT JOIN LATERAL (SELECT sn.nspname, sc.relname, s.seqstart, s.seqincrement, s.seqmin,
                          s.seqmax, s.seqcache, s.seqcycle
                   FROM pg_catalog.pg_depend sd
                   JOIN pg_catalog.pg_sequence s ON s.seqrelid = sd.objid
                   JOIN pg_catalog.pg_class sc ON sc.oid = sd.objid
                   JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
                   WHERE a.attidentity <> ''
                     AND sd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                     AND sd.refobjid = c.oid AND sd.refobjsubid = a.attnum AND sd.deptype = 'i'
                     AND sd.classid = 'pg_catalog.pg_class'::pg_catalog.regclass) s ON true
-- unnested only when there is something to find
CROSS JOIN LATERAL (SELECT CASE WHEN a.attoptions::text LIKE '%n\_distinct%' THEN
                      (SELECT pg_catalog.string_agg(e, ', ' ORDER BY e)
                       FROM pg_catalog.unnest(a.attoptions) AS e
                       WHERE pg_catalog.split_part(e, '=', 1) IN ('n_distinct', 'n_distinct_inherited'))
                    END AS options) o
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND (c.relkind IN ('v', 'm') OR (a.attislocal AND NOT c.relispartition)
       OR a.attstattarget <> -1 OR a.attstorage <> t.typstorage
       OR a.attcompression <> '' OR o.options IS NOT NULL)
-- By oid: a table's rows stay together and in attnum order, which is all
-- the reader needs (the model sorts its objects by name), and sorting
-- integers costs the server less than sorting names.
ORDER BY c.oid, a.attnum;
