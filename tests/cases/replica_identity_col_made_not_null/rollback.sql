-- schemadiff rollback
-- source fingerprint: 1c2ffd2fc5629b18
-- target fingerprint: 8644fa73c15a4f07
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.products REPLICA IDENTITY DEFAULT;

ALTER TABLE public.products ALTER COLUMN sku DROP NOT NULL;

COMMIT;
