CREATE SCHEMA app;
CREATE TABLE public.items (id int PRIMARY KEY, price numeric);
CREATE TABLE app.items (id int PRIMARY KEY, qty int);
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(price) FROM public.items $$;
