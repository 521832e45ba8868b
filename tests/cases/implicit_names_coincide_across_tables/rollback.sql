-- schemadiff rollback
-- source fingerprint: 5c6be6782bdca704
-- target fingerprint: c3ff09767ae9f8f3
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_a_b_key;

ALTER TABLE public.t_a DROP CONSTRAINT t_a_b_key1;

COMMIT;
