INSERT INTO public.sales VALUES ('eu', 'a', 1), ('us', 'b', 2);
REFRESH MATERIALIZED VIEW public.sales_summary;
