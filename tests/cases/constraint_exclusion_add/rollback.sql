-- schemadiff rollback
-- source fingerprint: 97cb9087374f5ef4
-- target fingerprint: 904622b3d9a7ae82
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;
