-- schemadiff plan
-- source fingerprint: d9a5a4ce2170d112
-- target fingerprint: 5865408cce72221c
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

COMMIT;
