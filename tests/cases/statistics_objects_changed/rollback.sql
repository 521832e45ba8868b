-- schemadiff rollback
-- source fingerprint: 13af38279039f777
-- target fingerprint: d721b09b26ba775d
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
