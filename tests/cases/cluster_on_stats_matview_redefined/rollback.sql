-- schemadiff rollback
-- source fingerprint: 468d72df9cd85f72
-- target fingerprint: 7b6155bbd44b9119
-- 7 statements; hazards: long-lock

BEGIN;

DROP STATISTICS public.city_totals_dep;

DROP INDEX public.city_totals_city;

DROP MATERIALIZED VIEW public.city_totals;

CREATE MATERIALIZED VIEW public.city_totals AS
 SELECT orders.city,
    orders.country,
    sum(orders.total) AS total
   FROM public.orders
  GROUP BY orders.city, orders.country;

-- hazard: long-lock
CREATE UNIQUE INDEX city_totals_city ON public.city_totals USING btree (city, country);

ALTER MATERIALIZED VIEW public.city_totals CLUSTER ON city_totals_city;

CREATE STATISTICS public.city_totals_dep (dependencies) ON city, country FROM public.city_totals;

COMMIT;
