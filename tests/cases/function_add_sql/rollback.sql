-- schemadiff rollback
-- source fingerprint: 1af0acc4fc1e9e2e
-- target fingerprint: 27a42773e3049f20
-- 2 statements; hazards: none

BEGIN;

DROP FUNCTION public.add_vat(amount numeric, rate numeric);

DROP FUNCTION public.order_total(p_order_id integer);

COMMIT;
