CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    city text,
    zip text,
    country text,
    total numeric
);
CREATE STATISTICS public.orders_city_zip (dependencies) ON city, zip FROM public.orders;
CREATE STATISTICS public.orders_target ON city, country FROM public.orders;
ALTER STATISTICS public.orders_target SET STATISTICS 300;
CREATE STATISTICS public.orders_gone ON zip, country FROM public.orders;
CREATE STATISTICS public.orders_old_name ON total, country FROM public.orders;
COMMENT ON STATISTICS public.orders_target IS 'old';
