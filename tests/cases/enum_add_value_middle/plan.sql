-- schemadiff plan
-- source fingerprint: 3d0d84738202928a
-- target fingerprint: 3b54923b5ba2cd5a
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new';

ALTER TYPE public.order_status ADD VALUE 'shipped' AFTER 'paid';

COMMIT;
