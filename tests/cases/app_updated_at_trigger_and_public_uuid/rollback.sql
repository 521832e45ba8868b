-- schemadiff rollback
-- source fingerprint: 3bb286452699bfef
-- target fingerprint: 8e7d97dcb0334845
-- 16 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP TRIGGER addresses_updated_at ON public.addresses;

DROP TRIGGER customers_updated_at ON public.customers;

DROP INDEX public.addresses_customer_id_idx;

ALTER TABLE public.addresses DROP CONSTRAINT addresses_customer_id_fkey;

ALTER TABLE public.addresses DROP CONSTRAINT addresses_country_check;

ALTER TABLE public.customers DROP CONSTRAINT customers_public_id_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.addresses DROP COLUMN line2;

-- hazard: data-loss,irreversible
ALTER TABLE public.addresses DROP COLUMN updated_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN public_id;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN updated_at;

DROP FUNCTION public.set_updated_at();

ALTER TABLE public.customers ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN created_at TYPE timestamp without time zone USING created_at::timestamp without time zone;

ALTER TABLE public.customers ALTER COLUMN created_at SET DEFAULT now();

ALTER TABLE public.addresses ADD CONSTRAINT addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;

ALTER TABLE public.addresses VALIDATE CONSTRAINT addresses_customer_id_fkey;
