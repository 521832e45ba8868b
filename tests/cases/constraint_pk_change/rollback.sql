-- schemadiff rollback
-- source fingerprint: 96977175c0413d05
-- target fingerprint: ac2d0a9bf10a5286
-- 7 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_id_key;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);

-- hazard: long-lock
ALTER TABLE public.users ADD CONSTRAINT users_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;

COMMIT;
