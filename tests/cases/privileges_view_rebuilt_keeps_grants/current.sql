-- Privileges view rebuilt keeps grants.
CREATE TABLE staff (id bigint PRIMARY KEY, name text NOT NULL, salary integer NOT NULL);
CREATE VIEW staff_public AS SELECT id, name, salary FROM staff;
GRANT SELECT ON staff_public TO sd_reader;
CREATE FUNCTION staff_count() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT count(*)::integer FROM staff $$;
REVOKE EXECUTE ON FUNCTION staff_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff_count() TO sd_reader;
