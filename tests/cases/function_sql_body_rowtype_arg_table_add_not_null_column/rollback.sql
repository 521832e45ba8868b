-- schemadiff rollback
-- source fingerprint: 7f039b9da8d21d21
-- target fingerprint: 786a013575a204e4
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.parcels DROP COLUMN fragile;

COMMIT;
