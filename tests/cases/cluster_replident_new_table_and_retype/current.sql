CREATE TABLE public.acct (id int NOT NULL, email text);
CREATE UNIQUE INDEX acct_email ON public.acct (email);
CREATE UNIQUE INDEX acct_id ON public.acct (id);
ALTER TABLE public.acct CLUSTER ON acct_email;
