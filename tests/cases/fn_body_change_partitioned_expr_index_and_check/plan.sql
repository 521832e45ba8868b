-- schemadiff plan
-- source fingerprint: 487b05d831a93205
-- target fingerprint: 9ca4a6327e742562
-- 5 statements; hazards: long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.signups_email_idx;

ALTER TABLE public.signups DROP CONSTRAINT signups_email_check;

CREATE OR REPLACE FUNCTION public.norm_email(e text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT lower(trim(e)) $function$;

-- hazard: long-lock
ALTER TABLE public.signups ADD CONSTRAINT signups_email_check CHECK (norm_email(email) <> '');

-- hazard: long-lock
CREATE INDEX signups_email_idx ON public.signups USING btree (public.norm_email(email));

COMMIT;
