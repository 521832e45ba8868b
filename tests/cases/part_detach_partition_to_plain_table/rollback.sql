-- schemadiff rollback
-- source fingerprint: e588b1357d96dfef
-- target fingerprint: c24ab1d36018a162
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2023;

CREATE TABLE public.logs_2023 PARTITION OF public.logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

COMMIT;
