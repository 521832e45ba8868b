-- schemadiff rollback
-- source fingerprint: 20ca83ba9a085dba
-- target fingerprint: d54280c4f7810794
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN id;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN label;

COMMIT;
