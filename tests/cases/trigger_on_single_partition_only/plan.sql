-- schemadiff plan
-- source fingerprint: 79618f9b516b1bdd
-- target fingerprint: 7d31855927540bab
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.invoices_read_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN RAISE EXCEPTION 'archived invoices are read-only'; END $function$;

CREATE TRIGGER invoices_archive_read_only BEFORE DELETE OR UPDATE ON public.invoices_archive FOR EACH ROW EXECUTE FUNCTION public.invoices_read_only();

COMMIT;
