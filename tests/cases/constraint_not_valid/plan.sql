-- schemadiff plan
-- source fingerprint: 7a0034546f24c113
-- target fingerprint: 132334b652122579
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK (amount > 0) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
