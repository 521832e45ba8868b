CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE public.t (id int, m public.mood, n int);
CREATE STATISTICS public.t_mn ON m, n FROM public.t;
ALTER TABLE public.t ALTER COLUMN m SET STATISTICS 300;
ALTER TABLE public.t ALTER COLUMN m SET STORAGE PLAIN;
