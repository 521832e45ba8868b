CREATE TABLE public.notes (id int PRIMARY KEY, body text);
