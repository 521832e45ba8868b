-- schemadiff rollback
-- source fingerprint: 6881e8f4bcf9b6e9
-- target fingerprint: 962bff02a1ff382a
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN id;

-- hazard: data-loss,irreversible
ALTER TABLE public.placeholder DROP COLUMN label;

COMMIT;
