-- schemadiff rollback
-- source fingerprint: 7fe04ee1077bc195
-- target fingerprint: 649e169166696929
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2023;

CREATE TABLE public.logs_2023 PARTITION OF public.logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

COMMIT;
