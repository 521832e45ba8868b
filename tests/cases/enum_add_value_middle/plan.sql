-- schemadiff plan
-- source fingerprint: 4f44de103e944a20
-- target fingerprint: 06f0cf7a3d488fc2
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new';

ALTER TYPE public.order_status ADD VALUE 'shipped' AFTER 'paid';

COMMIT;
