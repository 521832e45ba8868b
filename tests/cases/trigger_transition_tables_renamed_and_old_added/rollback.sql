-- schemadiff rollback
-- source fingerprint: 8f14ef79c6b00cb1
-- target fingerprint: ff7c212e494f1a80
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER stock_log_delete ON public.stock;

DROP FUNCTION public.stock_log_delete();

CREATE OR REPLACE FUNCTION public.stock_log_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO stock_log (note) SELECT 'updated ' || count(*) FROM changed;
    RETURN NULL;
END $function$;

CREATE OR REPLACE TRIGGER stock_log_update AFTER UPDATE ON public.stock REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.stock_log_update();

COMMIT;
