-- schemadiff rollback
-- source fingerprint: b59f5216bd5ee0ae
-- target fingerprint: bf58ec6450cef97c
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.log DROP COLUMN source;

-- hazard: data-loss,irreversible
ALTER TABLE public.log_audit DROP COLUMN source;

COMMIT;
