CREATE TABLE public.sales (id int PRIMARY KEY, region varchar(10), amount integer);
CREATE MATERIALIZED VIEW public.region_sales AS SELECT region, sum(amount) AS total, count(*) AS n FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region ON public.region_sales (region);
ALTER MATERIALIZED VIEW public.region_sales CLUSTER ON region_sales_region;
CREATE STATISTICS public.region_sales_stats ON region, total FROM public.region_sales;
ALTER STATISTICS public.region_sales_stats SET STATISTICS 42;
COMMENT ON STATISTICS public.region_sales_stats IS 'rs';
