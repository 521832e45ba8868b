CREATE TABLE public.accounts (id bigint NOT NULL, tenant int NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
