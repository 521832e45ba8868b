-- schemadiff rollback
-- source fingerprint: a6193d80b27bec96
-- target fingerprint: 6cea7e5299af24c0
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
