-- schemadiff rollback
-- source fingerprint: 72a87849a9821ddb
-- target fingerprint: 2548a7d25a339536
-- 12 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP STATISTICS public.orders_city_zip;

DROP INDEX public.orders_created;

DROP INDEX public.orders_customer_id;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN created_at;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN customer_id TYPE integer USING customer_id::integer;

ALTER TABLE ONLY public.orders ALTER COLUMN notes SET STORAGE EXTENDED;

ALTER TABLE ONLY public.orders ALTER COLUMN notes SET COMPRESSION default;

ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text;

ALTER TABLE ONLY public.orders ALTER COLUMN status RESET (n_distinct);

ALTER TABLE public.orders CLUSTER ON orders_id;

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_id;

CREATE STATISTICS public.orders_city_zip (ndistinct, dependencies, mcv) ON city, zip FROM public.orders;

COMMIT;
