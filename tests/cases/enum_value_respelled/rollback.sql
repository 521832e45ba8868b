-- schemadiff rollback
-- source fingerprint: a851d0c9f36f6503
-- target fingerprint: e51355da90cd351f
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.orders_live_idx;

ALTER TYPE public.order_status RENAME VALUE 'cancelled' TO 'canceled';

COMMIT;

CREATE INDEX CONCURRENTLY orders_live_idx ON public.orders USING btree (id) WHERE (status <> 'canceled'::public.order_status);
