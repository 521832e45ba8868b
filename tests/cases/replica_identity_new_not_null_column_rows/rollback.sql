-- schemadiff rollback
-- source fingerprint: 725b3e4e84f9b4c2
-- target fingerprint: 15407cb734feb74c
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.devices_id;

ALTER TABLE public.devices REPLICA IDENTITY DEFAULT;

-- hazard: data-loss,irreversible
ALTER TABLE public.devices DROP COLUMN id;

COMMIT;
