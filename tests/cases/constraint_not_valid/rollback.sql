-- schemadiff rollback
-- source fingerprint: c763a215f2924c25
-- target fingerprint: a440206b5c36489f
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_customer_fkey;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_positive;

COMMIT;
