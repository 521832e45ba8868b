-- schemadiff plan
-- source fingerprint: a10adce2fa38e29c
-- target fingerprint: 1e128ef520433016
-- 8 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.events DETACH PARTITION public.events_2026h1;

ALTER TABLE public.metrics DETACH PARTITION public.metrics_cpu;

-- hazard: long-lock
ALTER TABLE public.events ATTACH PARTITION public.events_2026h1 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- hazard: long-lock
ALTER TABLE public.metrics ATTACH PARTITION public.metrics_cpu FOR VALUES IN ('cpu', 'load');

CREATE TABLE public.metrics_mem PARTITION OF public.metrics FOR VALUES IN ('mem');

ALTER TABLE public.events ADD COLUMN source text;

CREATE TABLE public.events_default PARTITION OF public.events DEFAULT;

-- hazard: long-lock
CREATE INDEX events_source_idx ON public.events USING btree (source) WHERE source IS NOT NULL;

COMMIT;
