CREATE TABLE public.orders (id bigint PRIMARY KEY, city text, country text, total numeric);
CREATE MATERIALIZED VIEW public.city_totals AS SELECT city, country, sum(total) AS total FROM public.orders GROUP BY city, country;
CREATE UNIQUE INDEX city_totals_city ON public.city_totals (city, country);
ALTER MATERIALIZED VIEW public.city_totals CLUSTER ON city_totals_city;
CREATE STATISTICS public.city_totals_dep (dependencies) ON city, country FROM public.city_totals;
