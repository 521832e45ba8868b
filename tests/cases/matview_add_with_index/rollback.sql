-- schemadiff rollback
-- source fingerprint: f17dd82570ab9da1
-- target fingerprint: 1b8ea5c773ac371b
-- 1 statement; hazards: none

BEGIN;

DROP MATERIALIZED VIEW public.daily_page_views;

COMMIT;
