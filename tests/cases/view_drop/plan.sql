-- schemadiff plan
-- source fingerprint: 5040518730e27d94
-- target fingerprint: 6d94c375049d40bb
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.active_customers;

DROP VIEW public.customer_count;

COMMIT;
