CREATE TABLE public.ev (id int NOT NULL, day date NOT NULL, kind text, body text) PARTITION BY RANGE (day);
CREATE TABLE public.ev_2025 PARTITION OF public.ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.ev_2026 PARTITION OF public.ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
