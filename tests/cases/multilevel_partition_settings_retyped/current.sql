CREATE TABLE public.ev (id int NOT NULL, region text NOT NULL, ts date NOT NULL, payload text) PARTITION BY LIST (region);
CREATE TABLE public.ev_eu PARTITION OF public.ev FOR VALUES IN ('eu') PARTITION BY RANGE (ts);
CREATE TABLE public.ev_eu_2025 PARTITION OF public.ev_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.ev_us PARTITION OF public.ev FOR VALUES IN ('us');
ALTER TABLE public.ev_eu_2025 ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE public.ev_eu_2025 ALTER COLUMN id SET STATISTICS 400;
ALTER TABLE public.ev_eu ALTER COLUMN payload SET (n_distinct = -0.5);
