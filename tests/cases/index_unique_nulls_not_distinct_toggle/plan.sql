-- schemadiff plan
-- source fingerprint: 8ad53bb0921ea008
-- target fingerprint: fa346fdb4aaff7bd
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.devices_vendor_serial_idx;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY devices_vendor_serial_idx ON public.devices USING btree (vendor, serial) NULLS NOT DISTINCT;
