-- schemadiff rollback
-- source fingerprint: baa101fc707d6005
-- target fingerprint: 054de08dc65b5b5a
-- 3 statements; hazards: none

BEGIN;

DROP FUNCTION public."$weird"();

DROP FUNCTION public.add_log(m text);

DROP FUNCTION public.semi();

COMMIT;
