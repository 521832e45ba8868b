CREATE TYPE public.kind AS ENUM ('a','b','zombie');
CREATE TABLE public.e (id int NOT NULL, k public.kind NOT NULL, v int) PARTITION BY LIST (k);
CREATE TABLE public.e_a PARTITION OF public.e FOR VALUES IN ('a');
CREATE TABLE public.e_b PARTITION OF public.e FOR VALUES IN ('b');
ALTER TABLE public.e_a ALTER COLUMN v SET STATISTICS 44;
CREATE STATISTICS public.e_b_kv ON k, v FROM public.e_b;
CREATE INDEX e_b_v ON public.e_b (v);
ALTER TABLE public.e_b CLUSTER ON e_b_v;
