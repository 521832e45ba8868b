CREATE TABLE public.logs (ts date NOT NULL, msg text, ctx text) PARTITION BY RANGE (ts);
ALTER TABLE public.logs ALTER COLUMN msg SET STORAGE EXTERNAL;
ALTER TABLE public.logs ALTER COLUMN ctx SET COMPRESSION pglz;
CREATE TABLE public.logs_2025 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.base (id int, body text);
ALTER TABLE public.base ALTER COLUMN body SET STORAGE EXTERNAL;
