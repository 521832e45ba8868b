-- schemadiff plan
-- source fingerprint: b30c6c248b284257
-- target fingerprint: 06d0896bb853f883
-- 9 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

DROP INDEX public.customers_city_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN street;

CREATE TABLE public.addresses (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.addresses_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE) NOT NULL,
    customer_id integer NOT NULL,
    street text,
    city text
);

CREATE OR REPLACE VIEW public.customer_cards AS
SELECT c.id, c.name, a.city FROM customers c LEFT JOIN addresses a ON a.customer_id = c.id;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN city;

ALTER TABLE public.addresses ADD CONSTRAINT addresses_pkey PRIMARY KEY (id);

ALTER TABLE public.addresses ADD CONSTRAINT addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;

CREATE INDEX addresses_city_idx ON public.addresses USING btree (city);

CREATE INDEX addresses_customer_id_idx ON public.addresses USING btree (customer_id);

COMMIT;
