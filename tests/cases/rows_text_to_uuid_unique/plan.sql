-- schemadiff plan
-- source fingerprint: ab8c33640e713e65
-- target fingerprint: 8d94adb39e5ad5e3
-- 6 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.readings DROP CONSTRAINT readings_device_external_id_fkey;

-- hazard: rewrite
ALTER TABLE public.devices ALTER COLUMN external_id TYPE uuid USING external_id::uuid;

ALTER TABLE public.devices ALTER COLUMN external_id SET DEFAULT gen_random_uuid();

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN device_external_id TYPE uuid USING device_external_id::uuid;

ALTER TABLE public.readings ADD CONSTRAINT readings_device_external_id_fkey FOREIGN KEY (device_external_id) REFERENCES public.devices(external_id) NOT VALID;

COMMIT;

ALTER TABLE public.readings VALIDATE CONSTRAINT readings_device_external_id_fkey;
