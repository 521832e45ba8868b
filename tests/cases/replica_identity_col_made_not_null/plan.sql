-- schemadiff plan
-- source fingerprint: 8644fa73c15a4f07
-- target fingerprint: d7a36666ef0390f5
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.products ADD CONSTRAINT schemadiff_nn_7307a0c9aea9ff12 CHECK (sku IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT schemadiff_nn_7307a0c9aea9ff12;

ALTER TABLE public.products ALTER COLUMN sku SET NOT NULL;

ALTER TABLE public.products DROP CONSTRAINT schemadiff_nn_7307a0c9aea9ff12;

ALTER TABLE public.products REPLICA IDENTITY USING INDEX products_sku;
