CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status varchar(20) NOT NULL,
    city text,
    zip text,
    notes text COMPRESSION pglz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX orders_id ON public.orders (id);
CREATE UNIQUE INDEX orders_customer_id ON public.orders (customer_id, id);
CREATE INDEX orders_created ON public.orders (created_at);
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_customer_id;
ALTER TABLE public.orders CLUSTER ON orders_created;
ALTER TABLE public.orders ALTER COLUMN status SET STATISTICS 500;
ALTER TABLE public.orders ALTER COLUMN status SET (n_distinct = 5);
ALTER TABLE public.orders ALTER COLUMN notes SET STORAGE EXTERNAL;
ALTER TABLE public.orders ALTER COLUMN created_at SET STATISTICS 1000;
CREATE STATISTICS public.orders_city_zip (dependencies, mcv) ON city, zip, status FROM public.orders;
ALTER STATISTICS public.orders_city_zip SET STATISTICS 800;
COMMENT ON STATISTICS public.orders_city_zip IS 'zip determines city';
