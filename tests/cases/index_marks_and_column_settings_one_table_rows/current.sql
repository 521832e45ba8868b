CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id int NOT NULL,
    status text NOT NULL,
    city text,
    zip text,
    notes text
);
CREATE UNIQUE INDEX orders_id ON public.orders (id);
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_id;
ALTER TABLE public.orders CLUSTER ON orders_id;
ALTER TABLE public.orders ALTER COLUMN status SET STATISTICS 500;
CREATE STATISTICS public.orders_city_zip ON city, zip FROM public.orders;
