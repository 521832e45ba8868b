-- schemadiff plan
-- source fingerprint: 3283093735105403
-- target fingerprint: 3f1148435a1e7835
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new';

ALTER TYPE public.order_status ADD VALUE 'shipped' AFTER 'paid';

COMMIT;
