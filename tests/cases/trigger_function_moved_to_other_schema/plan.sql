-- schemadiff plan
-- source fingerprint: 564a763abe69bdf7
-- target fingerprint: 8028d91245297369
-- 7 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER "Log Change" ON app."Orders";

DROP TRIGGER log_change ON app.users;

DROP FUNCTION public.log_change();

CREATE OR REPLACE FUNCTION util.log_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN INSERT INTO audit.log (tbl, op) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP); RETURN NULL; END $function$;

CREATE TRIGGER "Log Change" AFTER INSERT ON app."Orders" FOR EACH STATEMENT EXECUTE FUNCTION util.log_change();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION util.log_change();

COMMENT ON FUNCTION util.log_change() IS 'moved to util';

COMMIT;
