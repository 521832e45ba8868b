INSERT INTO public.sales VALUES (1, 'eu', 5), (2, 'us', 7);
REFRESH MATERIALIZED VIEW public.region_sales;
