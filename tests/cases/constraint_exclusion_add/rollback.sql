-- schemadiff rollback
-- source fingerprint: 902dd5120eb1b1c9
-- target fingerprint: 5bf975ae02fbc391
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;
