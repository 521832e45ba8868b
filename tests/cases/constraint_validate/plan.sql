-- schemadiff plan
-- source fingerprint: b7ca759d197eb9fc
-- target fingerprint: 6fa5eb0ce8e92102
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_positive;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_customer_fkey;

COMMIT;
