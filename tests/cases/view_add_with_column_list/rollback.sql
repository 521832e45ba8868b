-- schemadiff rollback
-- source fingerprint: 3e463aed16d11591
-- target fingerprint: 1939829694b2b97f
-- 1 statement; hazards: none

BEGIN;

DROP VIEW public.order_totals;

COMMIT;
