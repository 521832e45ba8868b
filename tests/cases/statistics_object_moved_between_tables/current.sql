CREATE TABLE public.a (x int, y int);
CREATE TABLE public.b (x int, y int);
CREATE STATISTICS public.xy_stats ON x, y FROM public.a;
ALTER STATISTICS public.xy_stats SET STATISTICS 50;
CREATE TABLE public.parent (x int, y int) PARTITION BY RANGE (x);
CREATE TABLE public.parent_1 PARTITION OF public.parent FOR VALUES FROM (0) TO (100);
CREATE TABLE public.base (x int, y int);
CREATE TABLE public.kid () INHERITS (public.base);
