-- schemadiff rollback
-- source fingerprint: 35793a7d57b7819c
-- target fingerprint: e3817f3380d9a8f6
-- 9 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_id_key;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

ALTER TABLE public.users ADD CONSTRAINT users_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.users VALIDATE CONSTRAINT users_account_id_fkey;
