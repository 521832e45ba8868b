-- schemadiff rollback
-- source fingerprint: 62863a84784d2a2a
-- target fingerprint: 7eda93f775b9f800
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

COMMIT;
