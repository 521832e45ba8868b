-- schemadiff plan
-- source fingerprint: c5795d4b4dd2dfb9
-- target fingerprint: cc69f2d8e25d678c
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE UNIQUE INDEX customer_totals_key ON public.customer_totals USING btree (customer);

COMMIT;
