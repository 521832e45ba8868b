-- schemadiff rollback
-- source fingerprint: fdd32904244a3671
-- target fingerprint: 1a2d172c04df649a
-- 11 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP VIEW public.recent_event_kinds;

DROP INDEX public.events_data_idx;

DROP INDEX public.events_kind_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.events DROP COLUMN source;

-- hazard: data-loss,irreversible
DROP TABLE public.events_2025_03;

ALTER TABLE public.events ALTER COLUMN data DROP DEFAULT;

ALTER TABLE public.events ALTER COLUMN data DROP NOT NULL;

ALTER TABLE public.events ALTER COLUMN kind TYPE text USING kind::text;

CREATE TABLE public.events_2025_01 PARTITION OF public.events FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');

-- hazard: long-lock
CREATE INDEX events_kind_idx ON public.events USING btree (kind);

CREATE VIEW public.recent_event_kinds AS
 SELECT events.kind,
    count(*) AS n
   FROM public.events
  GROUP BY events.kind;

COMMIT;
