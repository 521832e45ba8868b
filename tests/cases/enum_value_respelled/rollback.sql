-- schemadiff rollback
-- source fingerprint: a851d0c9f36f6503
-- target fingerprint: e51355da90cd351f
-- 8 statements; hazards: rewrite

BEGIN;

DROP INDEX public.orders_live_idx;

ALTER TYPE public.order_status RENAME TO order_status__schemadiff_old;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'canceled');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

DROP TYPE public.order_status__schemadiff_old;

COMMIT;

CREATE INDEX CONCURRENTLY orders_live_idx ON public.orders USING btree (id) WHERE (status <> 'canceled'::public.order_status);
