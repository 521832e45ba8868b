-- schemadiff rollback
-- source fingerprint: af13184e7b9d118c
-- target fingerprint: 464452074106e8c2
-- 5 statements; hazards: none

BEGIN;

DROP VIEW public.summary;

DROP FUNCTION public.total_balance();

ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

DROP FUNCTION public.default_balance();

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

COMMIT;
