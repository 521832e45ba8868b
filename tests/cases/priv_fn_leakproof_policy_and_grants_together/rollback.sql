-- schemadiff rollback
-- source fingerprint: 78efdff7296f74ba
-- target fingerprint: d7ba008fb764c6cd
-- 9 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

REVOKE USAGE ON SCHEMA sec FROM sd_writer;

REVOKE UPDATE (data) ON TABLE sec.records FROM sd_writer;

REVOKE EXECUTE ON FUNCTION sec.same_org(a integer, b integer) FROM sd_reader;

REVOKE EXECUTE ON FUNCTION sec.same_org(a integer, b integer) FROM sd_writer;

REVOKE SELECT ON TABLE sec.records FROM sd_writer;

DROP POLICY records_write ON sec.records;

CREATE OR REPLACE FUNCTION sec.same_org(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a = b $function$;

ALTER POLICY records_org ON sec.records TO sd_reader USING (sec.same_org(org, (current_setting('app.org'::text))::integer));

GRANT EXECUTE ON FUNCTION sec.same_org(a integer, b integer) TO PUBLIC;

COMMIT;
