-- schemadiff rollback
-- source fingerprint: 6fa5eb0ce8e92102
-- target fingerprint: b7ca759d197eb9fc
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK ((amount > (0)::numeric)) NOT VALID;

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;

COMMIT;
