-- schemadiff plan
-- source fingerprint: 5060ee52e14a5dc3
-- target fingerprint: ec3b03391a76c244
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.open_jobs;

DROP FUNCTION public.purge_jobs();

COMMIT;
