-- schemadiff plan
-- source fingerprint: 29622f3e625f57ad
-- target fingerprint: 9343268285cefd17
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.audit_log;

COMMIT;
