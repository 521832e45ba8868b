CREATE TABLE public.base (id int, code text);
CREATE TABLE public.kid (x int) INHERITS (public.base);
