-- schemadiff rollback
-- source fingerprint: 584e210d2536115b
-- target fingerprint: f054ca14d3fb3966
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN id;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN label;

COMMIT;
