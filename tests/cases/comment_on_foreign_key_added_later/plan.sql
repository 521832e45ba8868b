-- schemadiff plan
-- source fingerprint: ee072f8e95e826a2
-- target fingerprint: 47bf357b1d80093d
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMENT ON CONSTRAINT orders_customer_fk ON public.orders IS 'every order has a customer';

COMMIT;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
