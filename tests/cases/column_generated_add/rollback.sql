-- schemadiff rollback
-- source fingerprint: 82000afd598462f7
-- target fingerprint: 73f2e88a1fc56ca5
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.order_lines_line_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN full_name;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN line_total;

COMMIT;
