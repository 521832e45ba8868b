-- schemadiff plan
-- source fingerprint: b242ad0544356453
-- target fingerprint: 34f551d84c86405f
-- 4 statements; hazards: none

BEGIN;

COMMENT ON PROCEDURE public.reset_visits() IS NULL;

COMMENT ON MATERIALIZED VIEW public.visitor_counts IS E'Visitor''s totals; refreshed by cron
(second line, with a backslash \\ and "double quotes")';

COMMENT ON COLUMN public.visitor_counts.n IS 'Number of visits';

COMMENT ON FUNCTION public.visit_count(who text) IS 'Tab:	here';

COMMIT;
