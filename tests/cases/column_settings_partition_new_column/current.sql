CREATE TABLE public.metrics (id bigint NOT NULL, ts date NOT NULL, host text) PARTITION BY RANGE (ts);
CREATE TABLE public.metrics_2025 PARTITION OF public.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.metrics_2026 PARTITION OF public.metrics FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
