-- schemadiff rollback
-- source fingerprint: c5114253877662a5
-- target fingerprint: 47563fa190745bd6
-- 4 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.order_status DROP CONSTRAINT order_status_check;

ALTER DOMAIN public.order_status SET DEFAULT 'new'::text;

ALTER DOMAIN public.order_status DROP NOT NULL;

-- hazard: long-lock
ALTER DOMAIN public.order_status ADD CONSTRAINT order_status_check CHECK ((VALUE = ANY (ARRAY['new'::text, 'pending'::text, 'paid'::text, 'shipped'::text])));

COMMIT;
