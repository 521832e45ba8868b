-- schemadiff rollback
-- source fingerprint: 38e2aa321235099a
-- target fingerprint: 0e42c681a11ff523
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
