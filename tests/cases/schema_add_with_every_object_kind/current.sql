CREATE TABLE public.customers (id int PRIMARY KEY, name text);
