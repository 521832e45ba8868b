CREATE TABLE public.doc (id int PRIMARY KEY, title text);
