-- schemadiff plan
-- source fingerprint: 0b7382fb92a0eb57
-- target fingerprint: f9bc3ccfb8259c1f
-- 11 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.orders DROP CONSTRAINT orders_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_code_key;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (code);

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_id_key UNIQUE (id);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts(code) ON DELETE SET NULL NOT VALID;

ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_account_code_fkey;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_account_id_fkey;

CREATE INDEX CONCURRENTLY invoices_account_code_idx ON public.invoices USING btree (account_code);
