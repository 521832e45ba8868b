-- schemadiff rollback
-- source fingerprint: 2ab1ff0aa90a4776
-- target fingerprint: 6d94c375049d40bb
-- 1 statement; hazards: none

BEGIN;

DROP VIEW public.active_customers;

COMMIT;
