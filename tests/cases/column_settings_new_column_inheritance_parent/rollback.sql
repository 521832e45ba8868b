-- schemadiff rollback
-- source fingerprint: f40b2a06728dc9a5
-- target fingerprint: 7a7826482f659966
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.vehicles DROP COLUMN vin;

COMMIT;
