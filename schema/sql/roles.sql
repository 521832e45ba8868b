-- Role names, to check that every role a desired grant names exists.
SELECT r.rolname FROM pg_catalog.pg_roles r ORDER BY 1;
