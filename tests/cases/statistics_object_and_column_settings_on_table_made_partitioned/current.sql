CREATE TABLE public.t (a int, b int, c int);
CREATE STATISTICS public.t_ab ON a, b FROM public.t;
CREATE INDEX t_b ON public.t (b);
ALTER TABLE public.t CLUSTER ON t_b;
ALTER TABLE public.t ALTER COLUMN c SET STATISTICS 77;
