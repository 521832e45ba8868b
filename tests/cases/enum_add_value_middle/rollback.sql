-- schemadiff rollback
-- source fingerprint: 651e6a18c0b419ea
-- target fingerprint: e293db55b4b65802
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
