-- schemadiff plan
-- source fingerprint: 90d0e9ea26c8f986
-- target fingerprint: 54aad03a6b57b5cc
-- 7 statements; hazards: none

BEGIN;

DROP STATISTICS public.orders_city_zip;

DROP STATISTICS public.orders_gone;

DROP STATISTICS public.orders_old_name;

ALTER STATISTICS public.orders_target SET STATISTICS -1;

COMMENT ON STATISTICS public.orders_target IS 'new';

CREATE STATISTICS public.orders_city_zip (dependencies, mcv) ON city, zip, country FROM public.orders;

CREATE STATISTICS public.orders_new_name ON country, total FROM public.orders;

COMMIT;
