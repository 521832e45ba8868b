-- schemadiff plan
-- source fingerprint: 62863a84784d2a2a
-- target fingerprint: ca547ebe6884791d
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_positive;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_customer_fkey;

COMMIT;
