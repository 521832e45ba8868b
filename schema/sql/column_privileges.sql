-- Privileges granted on columns, in the shape of privileges.sql; read only
-- with --privileges (it scans all of pg_attribute: too dear for a read
-- that only keeps grants for the objects a plan rebuilds).
WITH acl AS (
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid, a.attrelid AS objid,
         a.attnum AS objsubid, false AS identity_sequence, c.relowner AS owner,
         (pg_catalog.aclexplode(a.attacl)).*
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.oid >= 16384
)
SELECT classid, objid, objsubid, identity_sequence,
       CASE WHEN grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(grantee)::text END AS grantee,
       privilege_type, is_grantable
FROM acl
WHERE grantee <> owner
ORDER BY 1, 2, 3, 4, 5, 6;
