-- schemadiff plan
-- source fingerprint: cbaa2b6968c297b5
-- target fingerprint: 4d7958cea36a80af
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.line_items ADD COLUMN total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;

COMMIT;

CREATE INDEX CONCURRENTLY line_items_total_idx ON public.line_items USING btree (total);
