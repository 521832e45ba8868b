-- schemadiff rollback
-- source fingerprint: d0ff0b7e3ab4cf60
-- target fingerprint: 49e2743a28e88f64
-- 6 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP INDEX public.daily_views_key;

DROP MATERIALIZED VIEW public.daily_views;

-- hazard: data-loss,irreversible
ALTER TABLE public.page_views DROP COLUMN user_id;

CREATE MATERIALIZED VIEW public.daily_views AS
 SELECT page_views.page,
    date_trunc('day'::text, (page_views.viewed_at AT TIME ZONE 'UTC'::text)) AS day,
    count(*) AS n
   FROM public.page_views
  GROUP BY page_views.page, (date_trunc('day'::text, (page_views.viewed_at AT TIME ZONE 'UTC'::text)));

-- hazard: long-lock
CREATE UNIQUE INDEX daily_views_key ON public.daily_views USING btree (page, day);

COMMENT ON MATERIALIZED VIEW public.daily_views IS 'refreshed hourly';

COMMIT;
