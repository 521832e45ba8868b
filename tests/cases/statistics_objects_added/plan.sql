-- schemadiff plan
-- source fingerprint: 8ea809613edfceef
-- target fingerprint: b4f279a164c6b00d
-- 7 statements; hazards: none

BEGIN;

CREATE SCHEMA stats;

CREATE TABLE public.visits (
    id integer,
    page text,
    referrer text
);

CREATE STATISTICS public.orders_city_zip (ndistinct, dependencies) ON city, zip FROM public.orders;

COMMENT ON STATISTICS public.orders_city_zip IS 'zip codes determine cities';

CREATE STATISTICS public.visits_mcv (mcv) ON page, referrer FROM public.visits;

CREATE STATISTICS stats.orders_exprs (ndistinct, dependencies, mcv) ON (lower(city)), ((total > (100)::numeric)) FROM public.orders;

ALTER STATISTICS stats.orders_exprs SET STATISTICS 1000;

COMMIT;
