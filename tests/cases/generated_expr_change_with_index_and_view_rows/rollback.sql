-- schemadiff rollback
-- source fingerprint: 7e86f560acbcbf84
-- target fingerprint: fdac72f8658cda2a
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.big_items;

DROP INDEX public.line_items_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.line_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.line_items ADD COLUMN total numeric GENERATED ALWAYS AS (((qty)::numeric * unit_price)) STORED;

CREATE VIEW public.big_items AS
 SELECT line_items.id,
    line_items.total
   FROM public.line_items
  WHERE (line_items.total > (100)::numeric);

COMMIT;

CREATE INDEX CONCURRENTLY line_items_total_idx ON public.line_items USING btree (total);
