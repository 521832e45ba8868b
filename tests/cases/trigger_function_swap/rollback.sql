-- schemadiff rollback
-- source fingerprint: a6b1dfd8d5fb5a8a
-- target fingerprint: dd767fd7347704bf
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER profiles_normalize ON public.profiles;

DROP FUNCTION public.profiles_normalize_names();

CREATE OR REPLACE FUNCTION public.profiles_lowercase_username()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.username := lower(NEW.username);
    RETURN NEW;
END;
$function$;

CREATE TRIGGER profiles_normalize BEFORE INSERT OR UPDATE ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.profiles_lowercase_username();

COMMIT;
