-- schemadiff rollback
-- source fingerprint: b7ca759d197eb9fc
-- target fingerprint: 2bb17326180fa0e9
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

COMMIT;
