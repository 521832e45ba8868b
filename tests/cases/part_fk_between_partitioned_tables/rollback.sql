-- schemadiff rollback
-- source fingerprint: e08018742b91aae5
-- target fingerprint: b02adff181180068
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.order_lines DROP CONSTRAINT order_lines_order_fk;

COMMIT;
