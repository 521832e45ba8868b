CREATE TABLE public.base (id int);
