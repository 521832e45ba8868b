-- schemadiff rollback
-- source fingerprint: 1433ed4f49faf9c1
-- target fingerprint: c3169dbe6968978d
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.events DROP COLUMN source;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_events DROP COLUMN source;

COMMIT;
