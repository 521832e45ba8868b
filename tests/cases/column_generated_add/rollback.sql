-- schemadiff rollback
-- source fingerprint: 666c16d8c6a41851
-- target fingerprint: 759f28d68ef0d836
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.order_lines_line_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN full_name;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN line_total;

COMMIT;
