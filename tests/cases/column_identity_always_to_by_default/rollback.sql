-- schemadiff rollback
-- source fingerprint: b3d7fdaf75f0fe1d
-- target fingerprint: 41ec5885d265c641
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
