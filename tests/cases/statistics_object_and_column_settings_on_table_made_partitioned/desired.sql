-- a table made partitioned is dropped and made again: its statistics
-- object, column settings and partitions come back with it (CLUSTER ON
-- goes: a partitioned table has none)
CREATE TABLE public.t (a int, b int, c int) PARTITION BY RANGE (a);
CREATE TABLE public.t1 PARTITION OF public.t FOR VALUES FROM (0) TO (10);
CREATE STATISTICS public.t_ab ON a, b FROM public.t;
ALTER TABLE public.t ALTER COLUMN c SET STATISTICS 77;
