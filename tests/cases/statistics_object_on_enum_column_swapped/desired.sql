-- an enum swapped under a column with a statistics object and a
-- statistics target: ALTER COLUMN TYPE keeps both
CREATE TYPE public.mood AS ENUM ('happy', 'ok');
CREATE TABLE public.t (id int, m public.mood, n int);
CREATE STATISTICS public.t_mn ON m, n FROM public.t;
ALTER TABLE public.t ALTER COLUMN m SET STATISTICS 300;
