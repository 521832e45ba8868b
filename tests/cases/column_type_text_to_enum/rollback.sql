-- schemadiff rollback
-- source fingerprint: 43ffaefe579483e7
-- target fingerprint: a032c2bab915c8e7
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::text;

DROP TYPE public.order_status;

COMMIT;
