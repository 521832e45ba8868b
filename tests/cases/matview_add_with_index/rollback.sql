-- schemadiff rollback
-- source fingerprint: 06e6408ddd58927d
-- target fingerprint: 6c74cad378eb5953
-- 1 statement; hazards: none

BEGIN;

DROP MATERIALIZED VIEW public.daily_page_views;

COMMIT;
