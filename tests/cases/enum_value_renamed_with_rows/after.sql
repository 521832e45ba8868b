INSERT INTO t VALUES ((SELECT (pg_catalog.enum_range(NULL::st))[2]));
