-- schemadiff rollback
-- source fingerprint: 55d1eff51b380aa7
-- target fingerprint: 10ec5581dab8a1b2
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.order_state ADD VALUE 'legacy' AFTER 'paid';

COMMIT;
