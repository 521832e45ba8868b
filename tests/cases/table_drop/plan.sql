-- schemadiff plan
-- source fingerprint: 3dc4efe2ec3700fa
-- target fingerprint: 38c5e0a60b3a4b64
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.audit_log;

COMMIT;
