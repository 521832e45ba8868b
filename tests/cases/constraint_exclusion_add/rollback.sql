-- schemadiff rollback
-- source fingerprint: 74859182fffc6474
-- target fingerprint: f0f4fc2f85527aab
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;
