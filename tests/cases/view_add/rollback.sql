-- schemadiff rollback
-- source fingerprint: b03c4f301557489d
-- target fingerprint: 6d94c375049d40bb
-- 1 statement; hazards: none

BEGIN;

DROP VIEW public.active_customers;

COMMIT;
