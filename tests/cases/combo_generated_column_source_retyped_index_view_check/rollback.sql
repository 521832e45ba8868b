-- schemadiff rollback
-- source fingerprint: 7747ba94473c595f
-- target fingerprint: 7ce0213305feb823
-- 8 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.big_lines;

DROP INDEX public.line_items_total_idx;

ALTER TABLE public.line_items DROP CONSTRAINT line_items_total_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.line_items DROP COLUMN total;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.line_items ALTER COLUMN unit_price TYPE integer USING unit_price::integer;

-- hazard: rewrite
ALTER TABLE public.line_items ADD COLUMN total integer GENERATED ALWAYS AS ((qty * unit_price)) STORED;

CREATE VIEW public.big_lines AS
 SELECT line_items.id,
    line_items.total
   FROM public.line_items
  WHERE (line_items.total > 100);

COMMIT;

CREATE INDEX CONCURRENTLY line_items_total_idx ON public.line_items USING btree (total);
