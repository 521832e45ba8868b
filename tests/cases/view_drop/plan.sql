-- schemadiff plan
-- source fingerprint: 1938b4e765c93767
-- target fingerprint: 6d94c375049d40bb
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.active_customers;

DROP VIEW public.customer_count;

COMMIT;
