CREATE SCHEMA a; CREATE SCHEMA b;
CREATE TABLE public.s (id int PRIMARY KEY, x bigint, y int);
CREATE STATISTICS b.s_xy ON x, y FROM public.s;
COMMENT ON STATISTICS b.s_xy IS 'xy';
CREATE MATERIALIZED VIEW public.mv AS SELECT id, x, y FROM public.s;
CREATE UNIQUE INDEX mv_id ON public.mv (id);
ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_id;
CREATE STATISTICS public.mv_xy ON x, y FROM public.mv;
ALTER STATISTICS public.mv_xy SET STATISTICS 5;
