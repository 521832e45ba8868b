-- schemadiff rollback
-- source fingerprint: 4cb938b8f50cd110
-- target fingerprint: ce6899b4c9c8645b
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TYPE public.user_summary DROP ATTRIBUTE email;

CREATE OR REPLACE FUNCTION public.user_summaries()
 RETURNS SETOF public.user_summary
 LANGUAGE sql
 STABLE
AS $function$ SELECT id, name FROM users $function$;

CREATE OR REPLACE VIEW public.user_names AS
 SELECT user_summaries.name
   FROM public.user_summaries() user_summaries(id, name);

COMMIT;
