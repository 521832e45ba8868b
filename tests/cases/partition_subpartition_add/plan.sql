-- schemadiff plan
-- source fingerprint: 68deafee9c5237f7
-- target fingerprint: 15f6923400036dd6
-- 4 statements; hazards: none

BEGIN;

CREATE TABLE public.measurements_2025 PARTITION OF public.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);

CREATE TABLE public.measurements_2025_eu PARTITION OF public.measurements_2025 FOR VALUES IN ('eu');

CREATE TABLE public.measurements_2025_other PARTITION OF public.measurements_2025 DEFAULT;

CREATE TABLE public.measurements_2025_us PARTITION OF public.measurements_2025 FOR VALUES IN ('us');

COMMIT;
