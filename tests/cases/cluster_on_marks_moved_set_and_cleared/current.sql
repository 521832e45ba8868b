CREATE TABLE public.t (id int PRIMARY KEY, v int, w int);
ALTER TABLE public.t CLUSTER ON t_pkey;
CREATE TABLE public.u (id int PRIMARY KEY, v int);
CREATE TABLE public.w (id int, v int);
CREATE INDEX w_v ON public.w (v);
ALTER TABLE public.w CLUSTER ON w_v;
CREATE TABLE public.s (id int, v int);
CREATE INDEX s_v ON public.s (v);
ALTER TABLE public.s CLUSTER ON s_v;
