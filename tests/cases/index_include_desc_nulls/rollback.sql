-- schemadiff rollback
-- source fingerprint: 330e8bba3b8690c6
-- target fingerprint: 851c72cc56d6c6f7
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.orders_created_asc_nulls_last_idx;

DROP INDEX public.orders_customer_created_idx;

COMMIT;

CREATE INDEX CONCURRENTLY orders_customer_created_idx ON public.orders USING btree (customer_id, created_at);
