-- schemadiff plan
-- source fingerprint: cdd3da554ebde577
-- target fingerprint: 99c26bc583ce3b23
-- 2 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.line_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.line_items ADD COLUMN total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;

COMMIT;
