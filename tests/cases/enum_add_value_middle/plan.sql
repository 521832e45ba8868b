-- schemadiff plan
-- source fingerprint: e293db55b4b65802
-- target fingerprint: 651e6a18c0b419ea
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new';

ALTER TYPE public.order_status ADD VALUE 'shipped' AFTER 'paid';

COMMIT;
