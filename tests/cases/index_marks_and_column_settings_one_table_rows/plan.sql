-- schemadiff plan
-- source fingerprint: 2548a7d25a339536
-- target fingerprint: 72a87849a9821ddb
-- 15 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.orders_city_zip;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN customer_id TYPE bigint USING customer_id::bigint;

ALTER TABLE ONLY public.orders ALTER COLUMN notes SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.orders ALTER COLUMN notes SET COMPRESSION pglz;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE character varying(20);

ALTER TABLE ONLY public.orders ALTER COLUMN status SET (n_distinct=5);

ALTER TABLE public.orders ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE ONLY public.orders ALTER COLUMN created_at SET STATISTICS 1000;

CREATE STATISTICS public.orders_city_zip (dependencies, mcv) ON city, status, zip FROM public.orders;

ALTER STATISTICS public.orders_city_zip SET STATISTICS 800;

COMMENT ON STATISTICS public.orders_city_zip IS 'zip determines city';

COMMIT;

CREATE INDEX CONCURRENTLY orders_created ON public.orders USING btree (created_at);

ALTER TABLE public.orders CLUSTER ON orders_created;

CREATE UNIQUE INDEX CONCURRENTLY orders_customer_id ON public.orders USING btree (customer_id, id);

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_customer_id;
