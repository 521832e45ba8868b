-- schemadiff plan
-- source fingerprint: 414afdf96b3c050f
-- target fingerprint: dcc9d350432b9677
-- 3 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.contacts DROP CONSTRAINT contacts_email_ok;

CREATE OR REPLACE FUNCTION public.valid_email(e text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT e ~ '^[^@\s]+@[^@\s]+\.[a-z]+$' $function$;

ALTER TABLE public.contacts ADD CONSTRAINT contacts_email_ok CHECK (valid_email(email)) NOT VALID;

COMMIT;
