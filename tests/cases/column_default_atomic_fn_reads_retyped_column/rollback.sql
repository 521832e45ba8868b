-- schemadiff rollback
-- source fingerprint: 1d5c2eaffe1812b2
-- target fingerprint: 9fdbbc9c1d87e8d6
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.accounts ALTER COLUMN quota DROP DEFAULT;

DROP FUNCTION public.default_quota();

-- hazard: rewrite
ALTER TABLE public.settings ALTER COLUMN val TYPE integer USING val::integer;

CREATE OR REPLACE FUNCTION public.default_quota()
 RETURNS integer
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT COALESCE(( SELECT settings.val
            FROM public.settings
           WHERE (settings.key = 'quota'::text)), 10) AS "coalesce";
END;

ALTER TABLE public.accounts ALTER COLUMN quota SET DEFAULT public.default_quota();

COMMIT;
