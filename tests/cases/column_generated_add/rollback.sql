-- schemadiff rollback
-- source fingerprint: ca10d44a516c8636
-- target fingerprint: c2e6804200e06472
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.order_lines_line_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN full_name;

-- hazard: data-loss,irreversible
ALTER TABLE public.order_lines DROP COLUMN line_total;

COMMIT;
