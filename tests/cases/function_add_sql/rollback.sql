-- schemadiff rollback
-- source fingerprint: d53dc41c6d118c96
-- target fingerprint: 08b03fbc2b5d9552
-- 2 statements; hazards: none

BEGIN;

DROP FUNCTION public.add_vat(amount numeric, rate numeric);

DROP FUNCTION public.order_total(p_order_id integer);

COMMIT;
