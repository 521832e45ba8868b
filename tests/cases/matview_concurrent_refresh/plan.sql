-- schemadiff plan
-- source fingerprint: 49e2743a28e88f64
-- target fingerprint: d0ff0b7e3ab4cf60
-- 7 statements; hazards: long-lock

BEGIN;

DROP INDEX public.daily_views_key;

DROP MATERIALIZED VIEW public.daily_views;

ALTER TABLE public.page_views ADD COLUMN user_id bigint;

CREATE MATERIALIZED VIEW public.daily_views AS
 SELECT page_views.page,
    date_trunc('day'::text, (page_views.viewed_at AT TIME ZONE 'UTC'::text)) AS day,
    count(*) AS n,
    count(DISTINCT page_views.user_id) AS uniques
   FROM public.page_views
  GROUP BY page_views.page, (date_trunc('day'::text, (page_views.viewed_at AT TIME ZONE 'UTC'::text)));

CREATE INDEX daily_views_day_idx ON public.daily_views USING btree (day);

-- hazard: long-lock
CREATE UNIQUE INDEX daily_views_key ON public.daily_views USING btree (page, day);

COMMENT ON MATERIALIZED VIEW public.daily_views IS 'refreshed hourly';

COMMIT;
