-- schemadiff plan
-- source fingerprint: ce6899b4c9c8645b
-- target fingerprint: 4cb938b8f50cd110
-- 3 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE public.user_summary ADD ATTRIBUTE email text;

CREATE OR REPLACE FUNCTION public.user_summaries()
 RETURNS SETOF public.user_summary
 LANGUAGE sql
 STABLE
AS $function$ SELECT id, name, email FROM users $function$;

CREATE OR REPLACE VIEW public.user_names AS
SELECT name FROM user_summaries();

COMMIT;
