CREATE TABLE public.a (id int, x text);
CREATE TABLE public.b () INHERITS (public.a);
CREATE TABLE public.c () INHERITS (public.b);
