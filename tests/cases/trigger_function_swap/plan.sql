-- schemadiff plan
-- source fingerprint: dd767fd7347704bf
-- target fingerprint: a6b1dfd8d5fb5a8a
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER profiles_normalize ON public.profiles;

DROP FUNCTION public.profiles_lowercase_username();

CREATE OR REPLACE FUNCTION public.profiles_normalize_names()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.username := lower(btrim(NEW.username));
    NEW.display_name := coalesce(NEW.display_name, NEW.username);
    RETURN NEW;
END;
$function$;

CREATE TRIGGER profiles_normalize BEFORE INSERT OR UPDATE ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.profiles_normalize_names();

COMMIT;
