-- schemadiff rollback
-- source fingerprint: 075b6eb342dd34f9
-- target fingerprint: d30fda48611a03bd
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text::text;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::text;

DROP TYPE public.order_status;

COMMIT;
