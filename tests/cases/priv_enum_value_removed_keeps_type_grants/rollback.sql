-- schemadiff rollback
-- source fingerprint: 100cf30f4056992d
-- target fingerprint: 967dc82610d27a90
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.order_state ADD VALUE 'legacy' AFTER 'paid';

COMMIT;
