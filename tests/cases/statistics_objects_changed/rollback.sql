-- schemadiff rollback
-- source fingerprint: 99cfed6998bfddd6
-- target fingerprint: a1623be674f40ff5
-- 7 statements; hazards: none

BEGIN;

DROP STATISTICS public.orders_city_zip;

DROP STATISTICS public.orders_new_name;

ALTER STATISTICS public.orders_target SET STATISTICS 300;

COMMENT ON STATISTICS public.orders_target IS 'old';

CREATE STATISTICS public.orders_city_zip (dependencies) ON city, zip FROM public.orders;

CREATE STATISTICS public.orders_gone (ndistinct, dependencies, mcv) ON country, zip FROM public.orders;

CREATE STATISTICS public.orders_old_name (ndistinct, dependencies, mcv) ON country, total FROM public.orders;

COMMIT;
