-- schemadiff plan
-- source fingerprint: 1b8ea5c773ac371b
-- target fingerprint: f17dd82570ab9da1
-- 3 statements; hazards: none

BEGIN;

CREATE MATERIALIZED VIEW public.daily_page_views AS
 SELECT page_views.path,
    date_trunc('day'::text, page_views.viewed_at) AS day,
    count(*) AS views
   FROM public.page_views
  GROUP BY page_views.path, (date_trunc('day'::text, page_views.viewed_at));

CREATE INDEX daily_page_views_day_idx ON public.daily_page_views USING btree (day DESC);

CREATE UNIQUE INDEX daily_page_views_path_day_key ON public.daily_page_views USING btree (path, day);

COMMIT;
