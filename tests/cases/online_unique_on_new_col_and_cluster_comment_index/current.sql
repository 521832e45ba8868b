CREATE TABLE public.tok (id int PRIMARY KEY, owner int);
