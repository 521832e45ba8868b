-- schemadiff rollback
-- source fingerprint: 47bf357b1d80093d
-- target fingerprint: ee072f8e95e826a2
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;

COMMIT;
