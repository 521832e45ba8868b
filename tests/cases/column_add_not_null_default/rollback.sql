-- schemadiff rollback
-- source fingerprint: 9d483f0136bb26b5
-- target fingerprint: 94b2f6576f4921ed
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
