-- schemadiff rollback
-- source fingerprint: 0d3ef64497aca23d
-- target fingerprint: 98c544a929485c8e
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
