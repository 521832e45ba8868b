-- schemadiff rollback
-- source fingerprint: fa346fdb4aaff7bd
-- target fingerprint: 8ad53bb0921ea008
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.devices_vendor_serial_idx;

-- hazard: long-lock
CREATE UNIQUE INDEX devices_vendor_serial_idx ON public.devices USING btree (vendor, serial);

COMMIT;
