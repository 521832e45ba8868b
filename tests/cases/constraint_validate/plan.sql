-- schemadiff plan
-- source fingerprint: 132334b652122579
-- target fingerprint: 85cef75a7240f0c3
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_positive;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_customer_fkey;

COMMIT;
