-- schemadiff plan
-- source fingerprint: 73f2e88a1fc56ca5
-- target fingerprint: 82000afd598462f7
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.order_lines ADD COLUMN full_name text GENERATED ALWAYS AS (((COALESCE(first_name, ''::text) || ' '::text) || COALESCE(last_name, ''::text))) STORED;

ALTER TABLE public.order_lines ADD COLUMN line_total numeric(14,2) GENERATED ALWAYS AS ((unit_price * (quantity)::numeric)) STORED;

-- hazard: long-lock
CREATE INDEX order_lines_line_total_idx ON public.order_lines USING btree (line_total);

COMMIT;
