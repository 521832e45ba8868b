-- schemadiff rollback
-- source fingerprint: 9af0f83b6f3298be
-- target fingerprint: dae240da8156aaef
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
