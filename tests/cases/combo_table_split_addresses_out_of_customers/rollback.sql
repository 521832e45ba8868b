-- schemadiff rollback
-- source fingerprint: 06d0896bb853f883
-- target fingerprint: b30c6c248b284257
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.customers ADD COLUMN city text;

CREATE OR REPLACE VIEW public.customer_cards AS
 SELECT customers.id,
    customers.name,
    customers.city
   FROM public.customers;

-- hazard: data-loss,irreversible
DROP TABLE public.addresses;

ALTER TABLE public.customers ADD COLUMN street text;

COMMIT;

CREATE INDEX CONCURRENTLY customers_city_idx ON public.customers USING btree (city);
