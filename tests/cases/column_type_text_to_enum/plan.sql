-- schemadiff plan
-- source fingerprint: a032c2bab915c8e7
-- target fingerprint: 43ffaefe579483e7
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

COMMIT;
