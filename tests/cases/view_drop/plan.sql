-- schemadiff plan
-- source fingerprint: 3d655b8ebda21767
-- target fingerprint: 6bdeac6453fbf4b7
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.active_customers;

DROP VIEW public.customer_count;

COMMIT;
