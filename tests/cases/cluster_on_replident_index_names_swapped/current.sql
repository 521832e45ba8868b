CREATE TABLE public.t (a int NOT NULL, b int NOT NULL, c text);
CREATE UNIQUE INDEX t_first ON public.t (a);
CREATE UNIQUE INDEX t_second ON public.t (b);
ALTER TABLE public.t CLUSTER ON t_first;
ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_second;
CREATE TABLE public.r (id int NOT NULL, k int NOT NULL);
CREATE UNIQUE INDEX r_k ON public.r (k);
ALTER TABLE public.r REPLICA IDENTITY USING INDEX r_k;
