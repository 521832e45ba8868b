-- schemadiff rollback
-- source fingerprint: 5865408cce72221c
-- target fingerprint: d9a5a4ce2170d112
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::text;

DROP TYPE public.order_status;

COMMIT;
