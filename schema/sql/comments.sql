-- Comments on user objects (and on the public schema); the reader attaches each to the object it
-- describes (by catalog, OID and sub-id) and drops the rest.  A composite
-- type's comment is reported against its pg_class row, as the model holds
-- the type; its attributes' comments are read with the type itself.  A
-- comment on the index behind a primary key, unique or exclusion
-- constraint (the model holds the constraint, not the index) is reported
-- against the constraint, with on_index set, and one on an identity
-- column's sequence against the column, with on_identity_sequence set.
SELECT CASE WHEN t.typrelid <> 0 THEN 'pg_catalog.pg_class'::pg_catalog.regclass::oid
            WHEN co.oid IS NOT NULL THEN 'pg_catalog.pg_constraint'::pg_catalog.regclass::oid
            ELSE d.classoid END AS classoid,
       CASE WHEN t.typrelid <> 0 THEN t.typrelid
            WHEN co.oid IS NOT NULL THEN co.oid
            WHEN ids.objid IS NOT NULL THEN ids.refobjid
            ELSE d.objoid END AS objoid,
       COALESCE(ids.refobjsubid, d.objsubid) AS objsubid, d.description,
       co.oid IS NOT NULL AS on_index, ids.objid IS NOT NULL AS on_identity_sequence
FROM pg_catalog.pg_description d
LEFT JOIN pg_catalog.pg_type t ON d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass
     AND t.oid = d.objoid
LEFT JOIN pg_catalog.pg_constraint co ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND d.objsubid = 0 AND co.conindid = d.objoid AND co.contype IN ('p', 'u', 'x')
-- an identity column's sequence (an internal dependency of the column):
-- the model holds the column, so the comment is reported against it
LEFT JOIN pg_catalog.pg_depend ids ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND ids.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ids.objid = d.objoid
     AND ids.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND ids.deptype = 'i' AND ids.refobjsubid > 0
WHERE d.objoid >= 16384
   -- the public schema was made by initdb (OID 2200); its comment counts
   -- when it is not the one every new database has
   OR (d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objoid = 2200
       AND d.description <> 'standard public schema')
ORDER BY 1, 2, 3, 5;
