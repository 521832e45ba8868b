-- schemadiff rollback
-- source fingerprint: 132334b652122579
-- target fingerprint: 7a0034546f24c113
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

COMMIT;
