-- schemadiff rollback
-- source fingerprint: 7182b7a5c364feb3
-- target fingerprint: 9969c2da7ee938a7
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK ((amount > (0)::numeric)) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
