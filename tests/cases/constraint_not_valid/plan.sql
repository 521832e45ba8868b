-- schemadiff plan
-- source fingerprint: 17c612ceaed85a0f
-- target fingerprint: 9969c2da7ee938a7
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK ((amount > (0)::numeric)) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
