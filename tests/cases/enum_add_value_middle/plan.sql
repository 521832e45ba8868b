-- schemadiff plan
-- source fingerprint: 7c72de3c66c905f0
-- target fingerprint: 494cc9ec6208a335
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new';

ALTER TYPE public.order_status ADD VALUE 'shipped' AFTER 'paid';

COMMIT;
