-- schemadiff plan
-- source fingerprint: c763a215f2924c25
-- target fingerprint: 441a0426ea0141ed
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_positive;

-- hazard: long-lock
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_customer_fkey;

COMMIT;
