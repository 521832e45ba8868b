-- schemadiff rollback
-- source fingerprint: 8e47d48de76fd644
-- target fingerprint: f0397c3b1ac5040d
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
