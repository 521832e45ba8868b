-- schemadiff rollback
-- source fingerprint: f9bc3ccfb8259c1f
-- target fingerprint: 0b7382fb92a0eb57
-- 11 statements; hazards: long-lock

BEGIN;

DROP INDEX public.invoices_account_code_idx;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;

ALTER TABLE public.orders DROP CONSTRAINT orders_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_id_key;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_key UNIQUE (code);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE SET NULL NOT VALID;

ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_account_id_fkey;
