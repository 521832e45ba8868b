CREATE TABLE public.sales (region text, product text, amount numeric);
CREATE MATERIALIZED VIEW public.sales_summary AS
    SELECT region, product, sum(amount) AS total FROM public.sales GROUP BY region, product;
CREATE STATISTICS public.sales_summary_rp ON region, product FROM public.sales_summary;
