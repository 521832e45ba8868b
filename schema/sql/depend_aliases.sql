-- Catalog rows that stand for an object of the model in pg_depend, with
-- the object they stand for (to_class, to_objid, to_subid):
--   a column default (pg_attrdef)        -> its column
--   an index behind a constraint         -> the constraint
--   a table's row type or an array type  -> the table or element type
--                                           (a row type's array -> its table,
--                                           an extension type's -> the extension)
--   a multirange type                    -> its range type
--   a view's rewrite rule                -> the view
--   a member of an extension             -> the extension (whatever its sub-id)
-- depends.sql's rows are translated with these (schema/depend_rows.c).
SELECT 'pg_catalog.pg_attrdef'::pg_catalog.regclass::oid AS classid, ad.oid AS objid,
       0 AS objsubid, 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS to_class,
       ad.adrelid AS to_objid, ad.adnum::int AS to_subid
FROM pg_catalog.pg_attrdef ad
UNION ALL
SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid, co.conindid, 0,
       'pg_catalog.pg_constraint'::pg_catalog.regclass::oid, co.oid, 0
FROM pg_catalog.pg_constraint co
WHERE co.conindid <> 0 AND co.contype IN ('p', 'u', 'x')
UNION ALL
SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, t.oid, 0,
       'pg_catalog.pg_class'::pg_catalog.regclass::oid, t.typrelid, 0
FROM pg_catalog.pg_type t WHERE t.typrelid <> 0 AND t.oid >= 16384
UNION ALL
SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, t.oid, 0,
       CASE WHEN e.typrelid <> 0 THEN 'pg_catalog.pg_class'::pg_catalog.regclass::oid
            WHEN x.refobjid IS NOT NULL THEN 'pg_catalog.pg_extension'::pg_catalog.regclass::oid
            ELSE 'pg_catalog.pg_type'::pg_catalog.regclass::oid END,
       CASE WHEN e.typrelid <> 0 THEN e.typrelid WHEN x.refobjid IS NOT NULL THEN x.refobjid
            ELSE t.typelem END, 0
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_type e ON e.oid = t.typelem
-- an array of an extension's type: the extension (two hops in one)
LEFT JOIN pg_catalog.pg_depend x ON x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
     AND x.objid = e.oid AND x.deptype = 'e'
WHERE t.typelem <> 0 AND t.oid >= 16384 AND t.typcategory = 'A'
UNION ALL
SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, rg.rngmultitypid, 0,
       'pg_catalog.pg_type'::pg_catalog.regclass::oid, rg.rngtypid, 0
FROM pg_catalog.pg_range rg WHERE rg.rngtypid >= 16384
UNION ALL
SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass::oid, r.oid, 0,
       'pg_catalog.pg_class'::pg_catalog.regclass::oid, r.ev_class, 0
FROM pg_catalog.pg_rewrite r WHERE r.oid >= 16384
UNION ALL
SELECT e.classid, e.objid, e.objsubid,
       'pg_catalog.pg_extension'::pg_catalog.regclass::oid, e.refobjid, 0
FROM pg_catalog.pg_depend e WHERE e.deptype = 'e';
