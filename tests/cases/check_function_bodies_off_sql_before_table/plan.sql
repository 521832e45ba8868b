-- schemadiff plan
-- source fingerprint: 464452074106e8c2
-- target fingerprint: af13184e7b9d118c
-- 5 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

CREATE OR REPLACE FUNCTION public.default_balance()
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 10::numeric $function$;

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT public.default_balance();

CREATE OR REPLACE FUNCTION public.total_balance()
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(sum(balance), 0) FROM accounts $function$;

CREATE VIEW public.summary AS
SELECT total_balance() AS total;

COMMIT;
