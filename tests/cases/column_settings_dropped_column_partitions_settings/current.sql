CREATE TABLE public.logs (ts date NOT NULL, msg text, legacy text, lvl int) PARTITION BY RANGE (ts);
CREATE TABLE public.logs_2025 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.logs ALTER COLUMN legacy SET STATISTICS 200;
ALTER TABLE public.logs ALTER COLUMN legacy SET STORAGE MAIN;
ALTER TABLE ONLY public.logs_2025 ALTER COLUMN legacy SET (n_distinct = 4);
CREATE TABLE public.base (id int, old text);
CREATE TABLE public.kid () INHERITS (public.base);
ALTER TABLE ONLY public.kid ALTER COLUMN old SET STATISTICS 12;
CREATE STATISTICS public.logs_legacy_lvl ON legacy, lvl FROM public.logs;
