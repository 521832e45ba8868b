CREATE TABLE public.t (id int PRIMARY KEY, c int, a text, b jsonb);
ALTER TABLE public.t ALTER COLUMN a SET STORAGE EXTERNAL;
CREATE STATISTICS public.t_ab ON a, b FROM public.t;
CREATE TABLE public.k () INHERITS (public.t);
ALTER TABLE public.k ALTER COLUMN b SET STATISTICS 12;
