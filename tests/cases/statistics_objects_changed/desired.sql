-- new kinds and columns make the object anew; the target alone is an
-- ALTER STATISTICS (back to the default too); one dropped, one renamed
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    city text,
    zip text,
    country text,
    total numeric
);
CREATE STATISTICS public.orders_city_zip (dependencies, mcv) ON city, zip, country FROM public.orders;
CREATE STATISTICS public.orders_target ON city, country FROM public.orders;
CREATE STATISTICS public.orders_new_name ON total, country FROM public.orders;
COMMENT ON STATISTICS public.orders_target IS 'new';
