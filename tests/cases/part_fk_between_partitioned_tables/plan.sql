-- schemadiff plan
-- source fingerprint: b02adff181180068
-- target fingerprint: e08018742b91aae5
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id, placed_on) REFERENCES public.orders(id, placed_on) ON DELETE CASCADE;

COMMIT;
