-- schemadiff rollback
-- source fingerprint: 8028d91245297369
-- target fingerprint: 564a763abe69bdf7
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER "Log Change" ON app."Orders";

DROP TRIGGER log_change ON app.users;

DROP FUNCTION util.log_change();

CREATE OR REPLACE FUNCTION public.log_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN INSERT INTO audit.log (tbl, op) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP); RETURN NULL; END $function$;

CREATE TRIGGER "Log Change" AFTER INSERT ON app."Orders" FOR EACH STATEMENT EXECUTE FUNCTION public.log_change();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION public.log_change();

COMMIT;
