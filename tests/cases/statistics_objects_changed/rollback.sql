-- schemadiff rollback
-- source fingerprint: 54aad03a6b57b5cc
-- target fingerprint: 90d0e9ea26c8f986
-- 7 statements; hazards: none

BEGIN;

DROP STATISTICS public.orders_city_zip;

DROP STATISTICS public.orders_new_name;

ALTER STATISTICS public.orders_target SET STATISTICS 300;

COMMENT ON STATISTICS public.orders_target IS 'old';

CREATE STATISTICS public.orders_city_zip (dependencies) ON city, zip FROM public.orders;

CREATE STATISTICS public.orders_gone ON zip, country FROM public.orders;

CREATE STATISTICS public.orders_old_name ON country, total FROM public.orders;

COMMIT;
