-- schemadiff rollback
-- source fingerprint: bfa368f103cf5c71
-- target fingerprint: 8b2664b8002614e8
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN id;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN label;

COMMIT;
