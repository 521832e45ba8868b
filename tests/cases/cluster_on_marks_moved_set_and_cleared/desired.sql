-- CLUSTER ON: moved from a primary key to a new index (built
-- concurrently, marked after it), set on an existing primary key, cleared,
-- kept on an index renamed, and on a new table's key and a new
-- materialized view's index
CREATE TABLE public.t (id int PRIMARY KEY, v int, w int);
CREATE INDEX t_v ON public.t (v);
ALTER TABLE public.t CLUSTER ON t_v;
CREATE TABLE public.u (id int PRIMARY KEY, v int);
ALTER TABLE public.u CLUSTER ON u_pkey;
CREATE TABLE public.w (id int, v int);
CREATE INDEX w_v ON public.w (v);
CREATE TABLE public.s (id int, v int);
CREATE INDEX s_v_renamed ON public.s (v);
ALTER TABLE public.s CLUSTER ON s_v_renamed;
CREATE TABLE public.n (id int, v int, CONSTRAINT n_key PRIMARY KEY (id));
ALTER TABLE public.n CLUSTER ON n_key;
CREATE MATERIALIZED VIEW public.mv AS SELECT id, v FROM public.t;
CREATE INDEX mv_id ON public.mv (id);
ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_id;
