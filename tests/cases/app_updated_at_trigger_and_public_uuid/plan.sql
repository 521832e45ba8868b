-- schemadiff plan
-- source fingerprint: 8e7d97dcb0334845
-- target fingerprint: 3bb286452699bfef
-- 18 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.addresses DROP CONSTRAINT addresses_customer_id_fkey;

ALTER TABLE public.customers ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN created_at TYPE timestamp with time zone USING created_at::timestamp with time zone;

ALTER TABLE public.customers ALTER COLUMN created_at SET DEFAULT now();

CREATE OR REPLACE FUNCTION public.set_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    new.updated_at := now();
    return new;
end $function$;

ALTER TABLE public.addresses ADD COLUMN line2 text;

ALTER TABLE public.addresses ADD COLUMN updated_at timestamp with time zone DEFAULT now() NOT NULL;

-- hazard: rewrite
ALTER TABLE public.customers ADD COLUMN public_id uuid DEFAULT gen_random_uuid() NOT NULL;

ALTER TABLE public.customers ADD COLUMN updated_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.addresses ADD CONSTRAINT addresses_country_check CHECK (country ~ '^[A-Z]{2}$') NOT VALID;

ALTER TABLE public.addresses ADD CONSTRAINT addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE NOT VALID;

CREATE TRIGGER addresses_updated_at BEFORE UPDATE ON public.addresses FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER customers_updated_at BEFORE UPDATE ON public.customers FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.set_updated_at();

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY customers_public_id_key ON public.customers (public_id);

ALTER TABLE public.customers ADD CONSTRAINT customers_public_id_key UNIQUE USING INDEX customers_public_id_key;

ALTER TABLE public.addresses VALIDATE CONSTRAINT addresses_country_check;

ALTER TABLE public.addresses VALIDATE CONSTRAINT addresses_customer_id_fkey;

CREATE INDEX CONCURRENTLY addresses_customer_id_idx ON public.addresses USING btree (customer_id);
