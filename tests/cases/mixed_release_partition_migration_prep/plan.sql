-- schemadiff plan
-- source fingerprint: 1a2d172c04df649a
-- target fingerprint: fdd32904244a3671
-- 11 statements; hazards: data-loss,rewrite,long-lock,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.recent_event_kinds;

DROP INDEX public.events_kind_idx;

-- hazard: data-loss,irreversible
DROP TABLE public.events_2025_01;

ALTER TABLE public.events ALTER COLUMN data SET DEFAULT '{}'::jsonb;

-- hazard: long-lock
ALTER TABLE public.events ALTER COLUMN data SET NOT NULL;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN kind TYPE character varying(64);

ALTER TABLE public.events ADD COLUMN source text;

CREATE TABLE public.events_2025_03 PARTITION OF public.events FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');

-- hazard: long-lock
CREATE INDEX events_data_idx ON public.events USING gin (data);

-- hazard: long-lock
CREATE INDEX events_kind_idx ON public.events USING btree (kind, occurred_at);

CREATE VIEW public.recent_event_kinds AS
SELECT kind, count(*) AS n FROM events GROUP BY kind;

COMMIT;
