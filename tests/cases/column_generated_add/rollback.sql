-- schemadiff rollback
-- source fingerprint: 5df0ebafdac9c54d
-- target fingerprint: ee48301e1d35839f
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.order_lines_line_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN full_name;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN line_total;

COMMIT;
