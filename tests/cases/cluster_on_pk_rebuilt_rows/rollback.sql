-- schemadiff rollback
-- source fingerprint: 88e1f07cadc499a4
-- target fingerprint: 70fa2adcca8d895f
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.line_items DROP CONSTRAINT line_items_pkey;

-- hazard: long-lock
ALTER TABLE public.line_items ADD CONSTRAINT line_items_pkey PRIMARY KEY (order_id);

ALTER TABLE public.line_items CLUSTER ON line_items_pkey;

COMMIT;
