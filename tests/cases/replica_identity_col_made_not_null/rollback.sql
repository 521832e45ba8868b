-- schemadiff rollback
-- source fingerprint: d7a36666ef0390f5
-- target fingerprint: 8644fa73c15a4f07
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.products REPLICA IDENTITY DEFAULT;

ALTER TABLE public.products ALTER COLUMN sku DROP NOT NULL;

COMMIT;
