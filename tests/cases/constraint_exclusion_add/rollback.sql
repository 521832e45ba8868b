-- schemadiff rollback
-- source fingerprint: 96676b786dcda639
-- target fingerprint: 73a42dbb8256b01e
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;
