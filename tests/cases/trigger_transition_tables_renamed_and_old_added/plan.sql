-- schemadiff plan
-- source fingerprint: ff7c212e494f1a80
-- target fingerprint: 8f14ef79c6b00cb1
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.stock_log_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO stock_log (note)
        SELECT 'moved ' || coalesce(sum(n.qty - o.qty), 0)
        FROM new_rows n JOIN old_rows o USING (sku);
    RETURN NULL;
END $function$;

CREATE OR REPLACE TRIGGER stock_log_update AFTER UPDATE ON public.stock REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stock_log_update();

CREATE OR REPLACE FUNCTION public.stock_log_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO stock_log (note) SELECT 'deleted ' || count(*) FROM gone;
    RETURN NULL;
END $function$;

CREATE TRIGGER stock_log_delete AFTER DELETE ON public.stock REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION public.stock_log_delete();

COMMIT;
