-- schemadiff plan
-- source fingerprint: 9969c2da7ee938a7
-- target fingerprint: 7182b7a5c364feb3
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_positive;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_customer_fkey;

COMMIT;
