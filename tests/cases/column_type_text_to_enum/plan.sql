-- schemadiff plan
-- source fingerprint: 79cffd2640a0e7cb
-- target fingerprint: 6f8d172c795c2087
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

COMMIT;
