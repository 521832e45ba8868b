-- Comments on user objects; the reader attaches each to the object it
-- describes (by catalog, OID and sub-id) and drops the rest.  A composite
-- type's comment is reported against its pg_class row, as the model holds
-- the type; its attributes' comments are read with the type itself.
SELECT CASE WHEN t.typrelid <> 0 THEN 'pg_catalog.pg_class'::pg_catalog.regclass::oid
            ELSE d.classoid END AS classoid,
       CASE WHEN t.typrelid <> 0 THEN t.typrelid ELSE d.objoid END AS objoid,
       d.objsubid, d.description
FROM pg_catalog.pg_description d
LEFT JOIN pg_catalog.pg_type t ON d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass
     AND t.oid = d.objoid
WHERE d.objoid >= 16384
ORDER BY 1, 2, 3;
