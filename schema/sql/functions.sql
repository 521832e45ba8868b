-- Functions and procedures written in any language (not aggregates or
-- window functions, which pg_get_functiondef cannot print), and not the
-- constructors a range type makes for itself (an internal dependency).
SELECT p.oid, n.nspname, p.proname, p.prokind,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_catalog.pg_get_function_arguments(p.oid) AS args,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       -- the argument types alone: what makes a function the same one to
       -- PostgreSQL (the identity above names the parameters too)
       pg_catalog.oidvectortypes(p.proargtypes) AS arg_types,
       pg_catalog.pg_get_functiondef(p.oid) AS def
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, identity_args;
