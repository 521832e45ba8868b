-- schemadiff plan
-- source fingerprint: a440206b5c36489f
-- target fingerprint: c763a215f2924c25
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK ((amount > (0)::numeric)) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
