-- schemadiff rollback
-- source fingerprint: 9152d6e61ea1eb96
-- target fingerprint: a25bc87d0ff244c1
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.r DROP COLUMN info;

-- hazard: data-loss,irreversible
DROP TABLE public.r_2;

COMMIT;
