-- schemadiff plan
-- source fingerprint: 7da1c8467cafa509
-- target fingerprint: c82ad018504dbfd2
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.audit_log;

COMMIT;
