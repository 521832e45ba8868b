-- schemadiff plan
-- source fingerprint: 62aa904d8adf16e6
-- target fingerprint: b41f9b34dd843ca4
-- 11 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP INDEX public.visits_by_channel_ch;

DROP MATERIALIZED VIEW public.visits_by_channel;

-- hazard: data-loss,irreversible
DROP TABLE public.visits_2024;

ALTER TYPE public.channel RENAME TO channel__schemadiff_old;

CREATE TYPE public.channel AS ENUM ('web', 'app', 'email');

-- hazard: rewrite
ALTER TABLE public.visits ALTER COLUMN ch TYPE public.channel USING ch::text::public.channel;

ALTER TABLE public.visits ALTER COLUMN ch SET DEFAULT 'web'::public.channel;

DROP TYPE public.channel__schemadiff_old;

CREATE TABLE public.visits_2024 PARTITION OF public.visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE MATERIALIZED VIEW public.visits_by_channel AS
 SELECT visits.ch,
    count(*) AS n
   FROM public.visits
  GROUP BY visits.ch;

-- hazard: long-lock
CREATE UNIQUE INDEX visits_by_channel_ch ON public.visits_by_channel USING btree (ch);

COMMIT;
