-- Comments on user objects; the reader attaches each to the object it
-- describes (by catalog, OID and sub-id) and drops the rest.
SELECT d.classoid, d.objoid, d.objsubid, d.description
FROM pg_catalog.pg_description d
WHERE d.objoid >= 16384
ORDER BY 1, 2, 3;
