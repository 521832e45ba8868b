-- schemadiff plan
-- source fingerprint: bf6f9fd510a866ab
-- target fingerprint: d4a8a97168d2e2ed
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.audit_log;

COMMIT;
