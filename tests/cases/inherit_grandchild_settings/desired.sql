CREATE TABLE public.a (id int, x text);
CREATE TABLE public.b () INHERITS (public.a);
CREATE TABLE public.c () INHERITS (public.b);
ALTER TABLE public.c ALTER COLUMN id SET STATISTICS 400;
ALTER TABLE public.c ALTER COLUMN x SET STORAGE MAIN;
