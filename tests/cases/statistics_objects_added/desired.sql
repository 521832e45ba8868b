-- extended statistics: on columns, on expressions, in another schema,
-- with a statistics target and a comment, and on a new table
CREATE SCHEMA stats;
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    city text,
    zip text,
    total numeric
);
CREATE STATISTICS public.orders_city_zip (dependencies, ndistinct) ON city, zip FROM public.orders;
CREATE STATISTICS stats.orders_exprs ON lower(city), (total > 100) FROM public.orders;
ALTER STATISTICS stats.orders_exprs SET STATISTICS 1000;
COMMENT ON STATISTICS public.orders_city_zip IS 'zip codes determine cities';

CREATE TABLE public.visits (id int, page text, referrer text);
CREATE STATISTICS public.visits_mcv (mcv) ON page, referrer FROM public.visits;
