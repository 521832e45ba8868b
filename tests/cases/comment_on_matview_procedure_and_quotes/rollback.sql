-- schemadiff rollback
-- source fingerprint: 34f551d84c86405f
-- target fingerprint: b242ad0544356453
-- 4 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.visitor_counts.n IS NULL;

COMMENT ON FUNCTION public.visit_count(who text) IS NULL;

COMMENT ON MATERIALIZED VIEW public.visitor_counts IS 'old';

COMMENT ON PROCEDURE public.reset_visits() IS 'Danger: empties visits';

COMMIT;
