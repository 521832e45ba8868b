-- schemadiff plan
-- source fingerprint: 31ef3da37611d3f7
-- target fingerprint: 4a7dc3b4bd72e7d2
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.audit()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ BEGIN INSERT INTO audit_log(tbl, op, label) VALUES (TG_TABLE_NAME, TG_OP, TG_ARGV[0]); RETURN NULL; END $function$;

CREATE OR REPLACE TRIGGER a_audit AFTER INSERT OR DELETE OR UPDATE ON public.a FOR EACH ROW EXECUTE FUNCTION public.audit('row-a');

CREATE OR REPLACE TRIGGER b_audit AFTER INSERT OR DELETE ON public.b FOR EACH STATEMENT EXECUTE FUNCTION public.audit('stmt-b');

ALTER TABLE public.audit_log ADD COLUMN label text;

COMMIT;
