-- schemadiff rollback
-- source fingerprint: 892e5a2e221ea779
-- target fingerprint: 6c74cad378eb5953
-- 1 statement; hazards: none

BEGIN;

DROP MATERIALIZED VIEW public.daily_page_views;

COMMIT;
