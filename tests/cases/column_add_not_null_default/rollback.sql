-- schemadiff rollback
-- source fingerprint: f5dabfb472a80bdc
-- target fingerprint: 311d22866dd7b1cc
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN created_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN flags;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN quantity;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN status;

COMMIT;
