-- schemadiff plan
-- source fingerprint: fdac72f8658cda2a
-- target fingerprint: 7e86f560acbcbf84
-- 7 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.big_items;

DROP INDEX public.line_items_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.line_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.line_items ADD COLUMN total numeric GENERATED ALWAYS AS (round((((qty)::numeric * unit_price) * 1.19), 2)) STORED;

CREATE VIEW public.big_items AS
SELECT id, total FROM line_items WHERE total > 100;

COMMENT ON COLUMN public.line_items.total IS 'gross total including VAT';

COMMIT;

CREATE INDEX CONCURRENTLY line_items_total_idx ON public.line_items USING btree (total);
