-- schemadiff rollback
-- source fingerprint: 4a7dc3b4bd72e7d2
-- target fingerprint: 31ef3da37611d3f7
-- 4 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN label;

CREATE OR REPLACE FUNCTION public.audit()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN INSERT INTO audit_log(tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $function$;

CREATE OR REPLACE TRIGGER a_audit AFTER INSERT OR UPDATE ON public.a FOR EACH ROW EXECUTE FUNCTION public.audit();

CREATE OR REPLACE TRIGGER b_audit AFTER INSERT ON public.b FOR EACH STATEMENT EXECUTE FUNCTION public.audit();

COMMIT;
