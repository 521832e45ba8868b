CREATE TABLE public.t (id int PRIMARY KEY, v int, w text);
CREATE MATERIALIZED VIEW public.mv AS SELECT id, v FROM public.t;
CREATE INDEX mv_v ON public.mv (v, id);
ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_v;
CREATE MATERIALIZED VIEW public.mv2 AS SELECT id, w FROM public.t;
CREATE UNIQUE INDEX mv2_id ON public.mv2 (id);
ALTER MATERIALIZED VIEW public.mv2 CLUSTER ON mv2_id;
