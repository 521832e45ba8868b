-- schemadiff rollback
-- source fingerprint: ff2ba1b3395de792
-- target fingerprint: a0473ff674cbe09f
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text::text;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::text;

DROP TYPE public.order_status;

COMMIT;
