-- schemadiff plan
-- source fingerprint: ff91db84b88ae870
-- target fingerprint: c17e1fdb1df94f30
-- 8 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

DROP POLICY metrics_all ON public.metrics;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics;

CREATE TABLE public.metrics (
    id bigint NOT NULL,
    at date NOT NULL,
    v integer
) PARTITION BY RANGE (at);

ALTER TABLE public.metrics ENABLE ROW LEVEL SECURITY;

GRANT SELECT ON TABLE public.metrics TO sd_reader;

GRANT INSERT ON TABLE public.metrics TO sd_writer;

CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE POLICY metrics_all ON public.metrics AS PERMISSIVE FOR ALL TO sd_reader, sd_writer USING (true);

COMMIT;
