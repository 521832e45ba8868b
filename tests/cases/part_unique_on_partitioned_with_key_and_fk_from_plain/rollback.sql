-- schemadiff rollback
-- source fingerprint: e837de54af0f7ad8
-- target fingerprint: 56fd8cde8ef4fb0b
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.device_notes DROP CONSTRAINT device_notes_device_fk;

ALTER TABLE public.devices DROP CONSTRAINT devices_tenant_serial_key;

COMMIT;
