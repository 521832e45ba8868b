-- schemadiff rollback
-- source fingerprint: 6f8d172c795c2087
-- target fingerprint: 79cffd2640a0e7cb
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text::text;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::text;

DROP TYPE public.order_status;

COMMIT;
