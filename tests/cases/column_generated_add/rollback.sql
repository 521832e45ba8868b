-- schemadiff rollback
-- source fingerprint: 1890e9287296d4c6
-- target fingerprint: b728913642f3744d
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.order_lines_line_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN full_name;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN line_total;

COMMIT;
