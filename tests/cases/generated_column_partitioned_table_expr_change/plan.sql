-- schemadiff plan
-- source fingerprint: 8a92aa73bb14abc7
-- target fingerprint: b9d635a0c7a2c6dc
-- 2 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.events DROP COLUMN kind;

-- hazard: rewrite
ALTER TABLE public.events ADD COLUMN kind text GENERATED ALWAYS AS (COALESCE((payload ->> 'type'::text), 'unknown'::text)) STORED;

COMMIT;
