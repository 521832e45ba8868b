-- schemadiff plan
-- source fingerprint: 7eda93f775b9f800
-- target fingerprint: 62863a84784d2a2a
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK (amount > 0) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
