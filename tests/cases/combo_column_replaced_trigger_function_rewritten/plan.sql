-- schemadiff plan
-- source fingerprint: 6dc223be22f93c56
-- target fingerprint: ae8ff0ffa84c0a9f
-- 7 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.users_fullname_idx;

CREATE OR REPLACE FUNCTION public.users_set_search_key()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.search_key := lower(NEW.display_name);
    RETURN NEW;
END $function$;

ALTER TABLE public.users ADD COLUMN display_name text DEFAULT ''::text NOT NULL;

CREATE OR REPLACE TRIGGER users_search_key BEFORE INSERT OR UPDATE OF display_name ON public.users FOR EACH ROW EXECUTE FUNCTION public.users_set_search_key();

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN fullname;

COMMIT;

CREATE INDEX CONCURRENTLY users_display_name_idx ON public.users USING btree (display_name);

CREATE INDEX CONCURRENTLY users_search_key_idx ON public.users USING btree (search_key);
