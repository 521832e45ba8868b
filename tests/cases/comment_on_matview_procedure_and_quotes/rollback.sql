-- schemadiff rollback
-- source fingerprint: fe2c5e604552a7de
-- target fingerprint: 30346181c3f430c8
-- 4 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.visitor_counts.n IS NULL;

COMMENT ON FUNCTION public.visit_count(who text) IS NULL;

COMMENT ON MATERIALIZED VIEW public.visitor_counts IS 'old';

COMMENT ON PROCEDURE public.reset_visits() IS 'Danger: empties visits';

COMMIT;
