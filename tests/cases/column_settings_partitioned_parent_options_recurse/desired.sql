CREATE TABLE public.metrics (id bigint NOT NULL, ts date NOT NULL, host text, payload text) PARTITION BY RANGE (ts);
CREATE TABLE public.metrics_2025 PARTITION OF public.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.metrics_2026 PARTITION OF public.metrics FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.metrics ALTER COLUMN host SET (n_distinct = 40, n_distinct_inherited = 80);
ALTER TABLE public.metrics ALTER COLUMN payload SET COMPRESSION pglz;
ALTER TABLE public.metrics ALTER COLUMN payload SET STORAGE MAIN;
ALTER TABLE ONLY public.metrics_2026 ALTER COLUMN payload SET STORAGE EXTENDED;
