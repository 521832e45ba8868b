-- Privileges granted on user objects (columns: column_privileges.sql), one
-- row per (object, grantee, privilege).  Read with --privileges; without
-- it, a live read reads them too, so that an object a plan must drop and
-- create again gets its grants back.  A NULL ACL means the default one
-- (acldefault), so "never granted" and "granted as by default" read the
-- same; for relations and schemas, whose default holds only the owner,
-- a NULL ACL gives no rows (expanding it for every table of a large
-- catalog cost most of this query).  The owner's own privileges are left
-- out: ownership is not managed and differs between the live and the
-- shadow database.  A composite type's privileges are reported against
-- its pg_class row, as the model holds it, and an identity column's
-- sequence's against the column (with identity_sequence set), since that
-- sequence is part of the column; grantee '' is PUBLIC.
WITH acl AS (
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid,
         COALESCE(idn.refobjid, c.oid) AS objid, COALESCE(idn.refobjsubid, 0) AS objsubid,
         idn.refobjid IS NOT NULL AS identity_sequence, c.relowner AS owner,
         (pg_catalog.aclexplode(c.relacl)).*
  FROM pg_catalog.pg_class c
  LEFT JOIN pg_catalog.pg_depend idn ON c.relkind = 'S' AND idn.deptype = 'i'
       AND idn.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND idn.objid = c.oid
       AND idn.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.oid >= 16384 AND c.relacl IS NOT NULL
  UNION ALL
  SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::oid, p.oid, 0, false, p.proowner,
         (pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner)))).*
  FROM pg_catalog.pg_proc p WHERE p.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass::oid, n.oid, 0, false, n.nspowner,
         (pg_catalog.aclexplode(n.nspacl)).*
  FROM pg_catalog.pg_namespace n
  WHERE (n.oid >= 16384 OR n.nspname = 'public') AND n.nspacl IS NOT NULL
  UNION ALL
  SELECT CASE WHEN t.typrelid <> 0 THEN 'pg_catalog.pg_class'::pg_catalog.regclass::oid
              ELSE 'pg_catalog.pg_type'::pg_catalog.regclass::oid END,
         CASE WHEN t.typrelid <> 0 THEN t.typrelid ELSE t.oid END, 0, false, t.typowner,
         (pg_catalog.aclexplode(COALESCE(t.typacl, pg_catalog.acldefault('T', t.typowner)))).*
  FROM pg_catalog.pg_type t
  WHERE t.oid >= 16384 AND t.typtype IN ('e', 'd', 'r', 'c')
    AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                                   WHERE c.oid = t.typrelid AND c.relkind = 'c'))
)
SELECT classid, objid, objsubid, identity_sequence,
       CASE WHEN grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(grantee)::text END AS grantee,
       privilege_type, is_grantable
FROM acl
WHERE grantee <> owner
ORDER BY 1, 2, 3, 4, 5, 6;
