-- schemadiff rollback
-- source fingerprint: 4d7958cea36a80af
-- target fingerprint: cbaa2b6968c297b5
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.line_items_total_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.line_items DROP COLUMN total;

COMMIT;
