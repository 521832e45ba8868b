CREATE TABLE public.t (id int PRIMARY KEY, v int, w text);
CREATE MATERIALIZED VIEW public.mv AS SELECT id, v FROM public.t;
CREATE INDEX mv_v ON public.mv (v);
ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_v;
