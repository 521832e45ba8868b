-- schemadiff rollback
-- source fingerprint: fdfdef4b7d86b736
-- target fingerprint: 1448018967dc8e4a
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;
