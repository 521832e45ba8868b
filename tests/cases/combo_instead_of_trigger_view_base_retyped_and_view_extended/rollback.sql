-- schemadiff rollback
-- source fingerprint: 0ec645c6f4fbdcbc
-- target fingerprint: 53c7075eee01c152
-- 8 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER people_v_ins ON public.people_v;

DROP VIEW public.people_v;

DROP INDEX public.people_name_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN nickname;

CREATE OR REPLACE FUNCTION public.people_v_ins()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO people (id, name) VALUES (NEW.id, NEW.name);
    RETURN NEW;
END $function$;

-- hazard: rewrite
ALTER TABLE public.people ALTER COLUMN name TYPE character varying(20);

CREATE VIEW public.people_v AS
 SELECT people.id,
    people.name
   FROM public.people;

CREATE TRIGGER people_v_ins INSTEAD OF INSERT ON public.people_v FOR EACH ROW EXECUTE FUNCTION public.people_v_ins();

COMMIT;
