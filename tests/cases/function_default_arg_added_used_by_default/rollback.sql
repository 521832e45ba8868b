-- schemadiff rollback
-- source fingerprint: 1a37ab9801dded18
-- target fingerprint: 40fab24ae7b580a1
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT;

DROP FUNCTION public.f(p text, n integer);

CREATE OR REPLACE FUNCTION public.f(p text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT p $function$;

ALTER TABLE public.t ALTER COLUMN c SET DEFAULT public.f('x'::text);

COMMIT;
