-- schemadiff rollback
-- source fingerprint: 494cc9ec6208a335
-- target fingerprint: 7c72de3c66c905f0
-- 6 statements; hazards: data-loss,rewrite

BEGIN;

ALTER TYPE public.order_status RENAME TO order_status__schemadiff_old;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'delivered');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

-- hazard: data-loss
DROP TYPE public.order_status__schemadiff_old;

COMMIT;
