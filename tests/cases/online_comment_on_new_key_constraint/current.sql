CREATE TABLE public.accounts (id int NOT NULL, email text, v int);
