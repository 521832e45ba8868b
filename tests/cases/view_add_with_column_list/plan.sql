-- schemadiff plan
-- source fingerprint: 1939829694b2b97f
-- target fingerprint: 3e463aed16d11591
-- 1 statement; hazards: none

BEGIN;

CREATE VIEW public.order_totals AS
 SELECT orders.id AS order_id,
    orders.total AS amount
   FROM public.orders;

COMMIT;
