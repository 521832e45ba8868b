-- Privileges granted on the columns of views and materialized views, in the
-- shape of privileges.sql: read without --privileges too (from the views,
-- not all of pg_attribute), so a view the plan rebuilds keeps them.
WITH acl AS (
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid, a.attrelid AS objid,
         a.attnum AS objsubid, false AS identity_sequence, c.relowner AS owner,
         (pg_catalog.aclexplode(a.attacl)).*
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
  WHERE c.relkind IN ('v', 'm') AND c.oid >= 16384
    AND a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
)
SELECT classid, objid, objsubid, identity_sequence,
       CASE WHEN grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(grantee)::text END AS grantee,
       privilege_type, is_grantable
FROM acl
WHERE grantee <> owner
ORDER BY 1, 2, 3, 4, 5, 6;
