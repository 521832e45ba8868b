-- schemadiff plan
-- source fingerprint: ecbd93c6440e7bad
-- target fingerprint: 85fcabf40a1253a6
-- 4 statements; hazards: none

BEGIN;

DROP INDEX public.a_k;

ALTER TABLE public.a REPLICA IDENTITY FULL;

ALTER TABLE public.b CLUSTER ON b_k_key;

ALTER TABLE public.b REPLICA IDENTITY USING INDEX b_k_key;

COMMIT;
