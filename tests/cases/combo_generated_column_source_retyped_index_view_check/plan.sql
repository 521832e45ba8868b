-- schemadiff plan
-- source fingerprint: 7ce0213305feb823
-- target fingerprint: 7747ba94473c595f
-- 9 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.big_lines;

DROP INDEX public.line_items_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.line_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.line_items ALTER COLUMN unit_price TYPE numeric(10,2) USING unit_price::numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.line_items ADD COLUMN total numeric GENERATED ALWAYS AS (((qty)::numeric * unit_price)) STORED;

ALTER TABLE public.line_items ADD CONSTRAINT line_items_total_check CHECK (total >= 0) NOT VALID;

CREATE VIEW public.big_lines AS
SELECT id, total FROM line_items WHERE total > 100;

COMMIT;

ALTER TABLE public.line_items VALIDATE CONSTRAINT line_items_total_check;

CREATE INDEX CONCURRENTLY line_items_total_idx ON public.line_items USING btree (total);
