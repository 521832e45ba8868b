CREATE TABLE public.t (a int NOT NULL, b int NOT NULL, c text);
CREATE UNIQUE INDEX t_second ON public.t (a);
CREATE UNIQUE INDEX t_first ON public.t (b);
ALTER TABLE public.t CLUSTER ON t_second;
ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_first;
CREATE TABLE public.r (id int NOT NULL, k int NOT NULL);
ALTER TABLE public.r REPLICA IDENTITY NOTHING;
