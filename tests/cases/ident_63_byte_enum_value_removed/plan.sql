-- schemadiff plan
-- source fingerprint: adaaaf3afb4ecb1d
-- target fingerprint: c578262f2420b319
-- 6 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.order_fulfillment_status_for_warehouse_shipping_pipeline_stage_ RENAME TO order_fulfillment_status_for_warehouse_33c1cb27__schemadiff_old;

CREATE TYPE public.order_fulfillment_status_for_warehouse_shipping_pipeline_stage_ AS ENUM ('new', 'done');

ALTER TABLE public.orders ALTER COLUMN s DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN s TYPE public.order_fulfillment_status_for_warehouse_shipping_pipeline_stage_ USING s::text::public.order_fulfillment_status_for_warehouse_shipping_pipeline_stage_;

ALTER TABLE public.orders ALTER COLUMN s SET DEFAULT 'new'::public.order_fulfillment_status_for_warehouse_shipping_pipeline_stage_;

DROP TYPE public.order_fulfillment_status_for_warehouse_33c1cb27__schemadiff_old;

COMMIT;
