INSERT INTO public.orders VALUES (1, 'Lyon', 'FR', 10);
REFRESH MATERIALIZED VIEW public.city_totals;
