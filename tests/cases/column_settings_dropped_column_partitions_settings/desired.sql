CREATE TABLE public.logs (ts date NOT NULL, msg text, lvl int) PARTITION BY RANGE (ts);
CREATE TABLE public.logs_2025 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.base (id int);
CREATE TABLE public.kid () INHERITS (public.base);
