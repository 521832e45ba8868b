-- schemadiff rollback
-- source fingerprint: 1e128ef520433016
-- target fingerprint: a10adce2fa38e29c
-- 8 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP INDEX public.events_source_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.events DROP COLUMN source;

-- hazard: data-loss,irreversible
DROP TABLE public.events_default;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics_mem;

ALTER TABLE public.events DETACH PARTITION public.events_2026h1;

ALTER TABLE public.metrics DETACH PARTITION public.metrics_cpu;

-- hazard: long-lock
ALTER TABLE public.events ATTACH PARTITION public.events_2026h1 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');

-- hazard: long-lock
ALTER TABLE public.metrics ATTACH PARTITION public.metrics_cpu FOR VALUES IN ('cpu');

COMMIT;
