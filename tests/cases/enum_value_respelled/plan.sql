-- schemadiff plan
-- source fingerprint: e51355da90cd351f
-- target fingerprint: a851d0c9f36f6503
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.orders_live_idx;

ALTER TYPE public.order_status RENAME VALUE 'canceled' TO 'cancelled';

COMMIT;

CREATE INDEX CONCURRENTLY orders_live_idx ON public.orders USING btree (id) WHERE status <> 'cancelled';
