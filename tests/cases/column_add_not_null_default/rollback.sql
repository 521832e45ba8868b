-- schemadiff rollback
-- source fingerprint: 4c8f734769a29e81
-- target fingerprint: 698d3b53a5a8126d
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
