-- a key constraint added to a table with rows is built concurrently after
-- the main transaction; its comment must follow it there
CREATE TABLE public.accounts (
    id int NOT NULL,
    email text,
    v int,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_email_key UNIQUE (email)
);
COMMENT ON CONSTRAINT accounts_pkey ON public.accounts IS 'one row per account';
COMMENT ON CONSTRAINT accounts_email_key ON public.accounts IS 'one account per address';
CREATE INDEX accounts_v ON public.accounts (v);
COMMENT ON INDEX public.accounts_v IS 'by v';
