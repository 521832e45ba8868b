-- schemadiff rollback
-- source fingerprint: 149a4531cf424466
-- target fingerprint: 737398d54c223b5a
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;

ALTER TABLE public.orders DROP CONSTRAINT orders_id_positive;

-- hazard: data-loss,irreversible
DROP TABLE public.order_refs;

COMMIT;
