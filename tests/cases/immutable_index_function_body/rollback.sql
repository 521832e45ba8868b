-- schemadiff rollback
-- source fingerprint: 464ba8340da6360c
-- target fingerprint: 596b1847210a84cf
-- 3 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.users_email_norm;

CREATE OR REPLACE FUNCTION public.normalize_email(e text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT lower(e) $function$;

-- hazard: long-lock
CREATE UNIQUE INDEX users_email_norm ON public.users USING btree (public.normalize_email(email));

COMMIT;
