-- schemadiff plan
-- source fingerprint: 40fab24ae7b580a1
-- target fingerprint: 1a37ab9801dded18
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT;

DROP FUNCTION public.f(p text);

CREATE OR REPLACE FUNCTION public.f(p text, n integer DEFAULT 1)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT p || n $function$;

ALTER TABLE public.t ALTER COLUMN c SET DEFAULT public.f('x'::text);

COMMIT;
