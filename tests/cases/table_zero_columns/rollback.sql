-- schemadiff rollback
-- source fingerprint: c6372e6828412436
-- target fingerprint: d0917350e6229244
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN id;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN label;

COMMIT;
