-- schemadiff plan
-- source fingerprint: 53c7075eee01c152
-- target fingerprint: 0ec645c6f4fbdcbc
-- 8 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP TRIGGER people_v_ins ON public.people_v;

DROP VIEW public.people_v;

CREATE OR REPLACE FUNCTION public.people_v_ins()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO people (id, name, nickname) VALUES (NEW.id, NEW.name, NEW.nickname);
    RETURN NEW;
END $function$;

ALTER TABLE public.people ALTER COLUMN name TYPE text USING name::text;

ALTER TABLE public.people ADD COLUMN nickname text;

CREATE VIEW public.people_v AS
SELECT id, name, nickname FROM people;

CREATE TRIGGER people_v_ins INSTEAD OF INSERT ON public.people_v FOR EACH ROW EXECUTE FUNCTION public.people_v_ins();

COMMIT;

CREATE INDEX CONCURRENTLY people_name_idx ON public.people USING btree (name);
