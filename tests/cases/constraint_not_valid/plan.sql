-- schemadiff plan
-- source fingerprint: 2bb17326180fa0e9
-- target fingerprint: b7ca759d197eb9fc
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK (amount > 0) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
