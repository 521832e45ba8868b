-- schemadiff rollback
-- source fingerprint: 06f0cf7a3d488fc2
-- target fingerprint: 4f44de103e944a20
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
