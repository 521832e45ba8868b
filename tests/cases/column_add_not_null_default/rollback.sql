-- schemadiff rollback
-- source fingerprint: d28f0a6dd6765677
-- target fingerprint: 1b5d4d9043ba442a
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
