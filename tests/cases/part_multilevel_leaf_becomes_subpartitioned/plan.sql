-- schemadiff plan
-- source fingerprint: 6dd2d00c0250f0c6
-- target fingerprint: c5f9c0f3bf8cea15
-- 4 statements; hazards: none

BEGIN;

CREATE TABLE public.metrics_big_2026 PARTITION OF public.metrics_big FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE TABLE public.metrics_zeta PARTITION OF public.metrics FOR VALUES IN ('zeta') PARTITION BY HASH (at);

CREATE TABLE public.metrics_zeta_0 PARTITION OF public.metrics_zeta FOR VALUES WITH (modulus 2, remainder 0);

CREATE TABLE public.metrics_zeta_1 PARTITION OF public.metrics_zeta FOR VALUES WITH (modulus 2, remainder 1);

COMMIT;
