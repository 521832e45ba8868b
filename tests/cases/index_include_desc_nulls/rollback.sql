-- schemadiff rollback
-- source fingerprint: c4ffe02697f098fb
-- target fingerprint: b209577c996637c0
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.orders_created_asc_nulls_last_idx;

DROP INDEX public.orders_customer_created_idx;

-- hazard: long-lock
CREATE INDEX orders_customer_created_idx ON public.orders USING btree (customer_id, created_at);

COMMIT;
