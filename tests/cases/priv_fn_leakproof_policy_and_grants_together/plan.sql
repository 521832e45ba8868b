-- schemadiff plan
-- source fingerprint: d7ba008fb764c6cd
-- target fingerprint: 78efdff7296f74ba
-- 9 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

REVOKE EXECUTE ON FUNCTION sec.same_org(a integer, b integer) FROM PUBLIC;

CREATE OR REPLACE FUNCTION sec.same_org(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF
AS $function$ SELECT a = b $function$;

ALTER POLICY records_org ON sec.records TO sd_reader, sd_writer USING (sec.same_org(org, current_setting('app.org', true)::int));

CREATE POLICY records_write ON sec.records AS PERMISSIVE FOR UPDATE TO sd_writer USING (true) WITH CHECK (sec.same_org(org, current_setting('app.org', true)::int));

GRANT USAGE ON SCHEMA sec TO sd_writer;

GRANT UPDATE (data) ON TABLE sec.records TO sd_writer;

GRANT EXECUTE ON FUNCTION sec.same_org(a integer, b integer) TO sd_reader;

GRANT EXECUTE ON FUNCTION sec.same_org(a integer, b integer) TO sd_writer;

GRANT SELECT ON TABLE sec.records TO sd_writer;

COMMIT;
