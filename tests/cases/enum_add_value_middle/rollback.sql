-- schemadiff rollback
-- source fingerprint: 3f1148435a1e7835
-- target fingerprint: 3283093735105403
-- 6 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.order_status RENAME TO order_status__schemadiff_old;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'delivered');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

DROP TYPE public.order_status__schemadiff_old;

COMMIT;
