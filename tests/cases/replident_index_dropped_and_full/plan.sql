-- schemadiff plan
-- source fingerprint: 60115656ee79f3af
-- target fingerprint: 54f8f3a3735de5e2
-- 4 statements; hazards: none

BEGIN;

DROP INDEX public.a_k;

ALTER TABLE public.a REPLICA IDENTITY FULL;

ALTER TABLE public.b CLUSTER ON b_k_key;

ALTER TABLE public.b REPLICA IDENTITY USING INDEX b_k_key;

COMMIT;
