-- schemadiff plan
-- source fingerprint: 30346181c3f430c8
-- target fingerprint: fe2c5e604552a7de
-- 4 statements; hazards: none

BEGIN;

COMMENT ON PROCEDURE public.reset_visits() IS NULL;

COMMENT ON MATERIALIZED VIEW public.visitor_counts IS E'Visitor''s totals; refreshed by cron
(second line, with a backslash \\ and "double quotes")';

COMMENT ON COLUMN public.visitor_counts.n IS 'Number of visits';

COMMENT ON FUNCTION public.visit_count(who text) IS 'Tab:	here';

COMMIT;
