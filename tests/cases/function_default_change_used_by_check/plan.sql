-- schemadiff plan
-- source fingerprint: 093e6e9481719625
-- target fingerprint: 0256139d4629a679
-- 6 statements; hazards: long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.profiles_handle_valid_idx;

ALTER TABLE public.profiles DROP CONSTRAINT profiles_handle_check;

CREATE OR REPLACE FUNCTION public.valid_handle(h text, max_len integer DEFAULT 30)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT h ~ '^[a-z0-9_]+$' AND length(h) <= max_len $function$;

ALTER TABLE public.profiles ADD CONSTRAINT profiles_handle_check CHECK (valid_handle(handle)) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX profiles_handle_valid_idx ON public.profiles USING btree (handle) WHERE valid_handle(handle);

COMMIT;

ALTER TABLE public.profiles VALIDATE CONSTRAINT profiles_handle_check;
