-- schemadiff plan
-- source fingerprint: 9b9f4ba08dccbc65
-- target fingerprint: b798372bd3200294
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.people_display_insert()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO people (given_name, family_name)
    VALUES (split_part(NEW.full_name, ' ', 1), substr(NEW.full_name, length(split_part(NEW.full_name, ' ', 1)) + 2))
    RETURNING id INTO NEW.id;
    RETURN NEW;
END;
$function$;

CREATE TRIGGER people_display_insert INSTEAD OF INSERT ON public.people_display FOR EACH ROW EXECUTE FUNCTION public.people_display_insert();

COMMIT;
