-- schemadiff plan
-- source fingerprint: a1623be674f40ff5
-- target fingerprint: 99cfed6998bfddd6
-- 7 statements; hazards: none

BEGIN;

DROP STATISTICS public.orders_city_zip;

DROP STATISTICS public.orders_gone;

DROP STATISTICS public.orders_old_name;

ALTER STATISTICS public.orders_target SET STATISTICS -1;

COMMENT ON STATISTICS public.orders_target IS 'new';

CREATE STATISTICS public.orders_city_zip (dependencies, mcv) ON city, country, zip FROM public.orders;

CREATE STATISTICS public.orders_new_name (ndistinct, dependencies, mcv) ON country, total FROM public.orders;

COMMIT;
