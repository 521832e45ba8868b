-- schemadiff plan
-- source fingerprint: ee48301e1d35839f
-- target fingerprint: 5df0ebafdac9c54d
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.order_lines ADD COLUMN full_name text GENERATED ALWAYS AS (((COALESCE(first_name, ''::text) || ' '::text) || COALESCE(last_name, ''::text))) STORED;

-- hazard: rewrite
ALTER TABLE public.order_lines ADD COLUMN line_total numeric(14,2) GENERATED ALWAYS AS ((unit_price * (quantity)::numeric)) STORED;

COMMIT;

CREATE INDEX CONCURRENTLY order_lines_line_total_idx ON public.order_lines USING btree (line_total);
