-- schemadiff rollback
-- source fingerprint: c17e1fdb1df94f30
-- target fingerprint: ff91db84b88ae870
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP POLICY metrics_all ON public.metrics;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics_2024;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics;

CREATE TABLE public.metrics (
    id bigint NOT NULL,
    at date NOT NULL,
    v integer
);

ALTER TABLE public.metrics ENABLE ROW LEVEL SECURITY;

GRANT SELECT ON TABLE public.metrics TO sd_reader;

GRANT INSERT ON TABLE public.metrics TO sd_writer;

CREATE POLICY metrics_all ON public.metrics AS PERMISSIVE FOR ALL TO sd_reader, sd_writer USING (true);

COMMIT;
