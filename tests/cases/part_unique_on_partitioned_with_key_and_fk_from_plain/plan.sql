-- schemadiff plan
-- source fingerprint: 56fd8cde8ef4fb0b
-- target fingerprint: e837de54af0f7ad8
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.devices ADD CONSTRAINT devices_tenant_serial_key UNIQUE (tenant_id, serial);

ALTER TABLE public.device_notes ADD CONSTRAINT device_notes_device_fk FOREIGN KEY (tenant_id, serial) REFERENCES public.devices(tenant_id, serial) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.device_notes VALIDATE CONSTRAINT device_notes_device_fk;
