-- schemadiff plan
-- source fingerprint: 4158cab15439c43a
-- target fingerprint: 55447b9a62fd0b41
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER transfers_check_positive ON public.transfers;

CREATE OR REPLACE FUNCTION public.transfers_check_distinct()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF NEW.from_id = NEW.to_id THEN
        RAISE EXCEPTION 'transfer % to itself', NEW.id;
    END IF;
    RETURN NULL;
END $function$;

CREATE CONSTRAINT TRIGGER transfers_check_distinct AFTER INSERT OR UPDATE OF from_id, to_id ON public.transfers DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.transfers_check_distinct();

CREATE CONSTRAINT TRIGGER transfers_check_positive AFTER INSERT ON public.transfers DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.transfers_check_positive();

COMMIT;
