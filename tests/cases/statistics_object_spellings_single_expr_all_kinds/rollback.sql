-- schemadiff rollback
-- source fingerprint: f68dd1b5196a8088
-- target fingerprint: 3a8fc94d41164747
-- 4 statements; hazards: none

BEGIN;

DROP STATISTICS public."Customers_name_all";

DROP STATISTICS public.customers_born_year;

DROP STATISTICS public.customers_mixed;

DROP STATISTICS public.customers_ndist;

COMMIT;
