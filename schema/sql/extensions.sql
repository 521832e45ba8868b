-- Extensions, except plpgsql which every database has.
SELECT e.oid, e.extname, n.nspname AS in_schema, e.extversion
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname;
