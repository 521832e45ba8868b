CREATE TABLE public.logs (ts date NOT NULL, msg text, ctx text) PARTITION BY RANGE (ts);
CREATE TABLE public.logs_2025 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.logs ALTER COLUMN msg SET STORAGE MAIN;
CREATE TABLE public.logs_2026 PARTITION OF public.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.base (id int, body text);
ALTER TABLE public.base ALTER COLUMN body SET STORAGE MAIN;
CREATE TABLE public.child () INHERITS (public.base);
