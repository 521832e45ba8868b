-- schemadiff rollback
-- source fingerprint: c578262f2420b319
-- target fingerprint: adaaaf3afb4ecb1d
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.order_fulfillment_status_for_warehouse_shipping_pipeline_stage_ ADD VALUE 'legacy' AFTER 'new';

COMMIT;
