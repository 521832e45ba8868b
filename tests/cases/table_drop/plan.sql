-- schemadiff plan
-- source fingerprint: e391cb8300f2ebb5
-- target fingerprint: 97dc5f9d45d9198f
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.audit_log;

COMMIT;
