-- schemadiff plan
-- source fingerprint: d721b09b26ba775d
-- target fingerprint: 13af38279039f777
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
