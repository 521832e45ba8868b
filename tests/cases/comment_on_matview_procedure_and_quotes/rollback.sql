-- schemadiff rollback
-- source fingerprint: 339906e44b15f2bc
-- target fingerprint: 7dffd257d5e893a1
-- 4 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.visitor_counts.n IS NULL;

COMMENT ON FUNCTION public.visit_count(who text) IS NULL;

COMMENT ON MATERIALIZED VIEW public.visitor_counts IS 'old';

COMMENT ON PROCEDURE public.reset_visits() IS 'Danger: empties visits';

COMMIT;
