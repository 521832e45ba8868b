-- schemadiff plan
-- source fingerprint: 4413244daac40308
-- target fingerprint: ccd61458c4816f24
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new';

ALTER TYPE public.order_status ADD VALUE 'shipped' AFTER 'paid';

COMMIT;
