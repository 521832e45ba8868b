-- schemadiff rollback
-- source fingerprint: 8d94adb39e5ad5e3
-- target fingerprint: ab8c33640e713e65
-- 6 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.readings DROP CONSTRAINT readings_device_external_id_fkey;

ALTER TABLE public.devices ALTER COLUMN external_id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.devices ALTER COLUMN external_id TYPE text USING external_id::text;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN device_external_id TYPE text USING device_external_id::text;

ALTER TABLE public.readings ADD CONSTRAINT readings_device_external_id_fkey FOREIGN KEY (device_external_id) REFERENCES public.devices(external_id) NOT VALID;

COMMIT;

ALTER TABLE public.readings VALIDATE CONSTRAINT readings_device_external_id_fkey;
