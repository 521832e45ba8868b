-- schemadiff rollback
-- source fingerprint: fe8ffefe320db9cd
-- target fingerprint: b1b4d6badcb941c6
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
