-- schemadiff rollback
-- source fingerprint: eb429191af924b8d
-- target fingerprint: da5b2e76aab52108
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;
