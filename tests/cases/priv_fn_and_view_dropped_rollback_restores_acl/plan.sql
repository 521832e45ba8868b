-- schemadiff plan
-- source fingerprint: 189bb0d7c03c6842
-- target fingerprint: 4864fd2fa7039cec
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.open_jobs;

DROP FUNCTION public.purge_jobs();

COMMIT;
