-- schemadiff rollback
-- source fingerprint: 82d13c4bb1d6ad1a
-- target fingerprint: 6bdeac6453fbf4b7
-- 1 statement; hazards: none

BEGIN;

DROP VIEW public.active_customers;

COMMIT;
