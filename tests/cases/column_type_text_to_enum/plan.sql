-- schemadiff plan
-- source fingerprint: d30fda48611a03bd
-- target fingerprint: 075b6eb342dd34f9
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

COMMIT;
