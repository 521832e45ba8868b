-- schemadiff rollback
-- source fingerprint: ae8ff0ffa84c0a9f
-- target fingerprint: 6dc223be22f93c56
-- 7 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.users_display_name_idx;

DROP INDEX public.users_search_key_idx;

CREATE OR REPLACE FUNCTION public.users_set_search_key()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.search_key := lower(NEW.fullname);
    RETURN NEW;
END $function$;

ALTER TABLE public.users ADD COLUMN fullname text;

CREATE OR REPLACE TRIGGER users_search_key BEFORE INSERT OR UPDATE OF fullname ON public.users FOR EACH ROW EXECUTE FUNCTION public.users_set_search_key();

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN display_name;

COMMIT;

CREATE INDEX CONCURRENTLY users_fullname_idx ON public.users USING btree (fullname);
