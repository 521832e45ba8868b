-- schemadiff rollback
-- source fingerprint: 5ac89b9a41561288
-- target fingerprint: 044d632bf276978f
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.orders_customer_idx;

DROP INDEX public.orders_status_uq;

ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

COMMIT;
