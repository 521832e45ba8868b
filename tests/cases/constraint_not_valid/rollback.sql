-- schemadiff rollback
-- source fingerprint: 9969c2da7ee938a7
-- target fingerprint: 17c612ceaed85a0f
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

COMMIT;
