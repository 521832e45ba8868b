-- schemadiff rollback
-- source fingerprint: dcc9d350432b9677
-- target fingerprint: 414afdf96b3c050f
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.contacts DROP CONSTRAINT contacts_email_ok;

CREATE OR REPLACE FUNCTION public.valid_email(e text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT e LIKE '%@%' $function$;

ALTER TABLE public.contacts ADD CONSTRAINT contacts_email_ok CHECK (public.valid_email(email)) NOT VALID;

COMMIT;
