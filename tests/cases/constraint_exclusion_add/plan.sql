-- schemadiff plan
-- source fingerprint: da5b2e76aab52108
-- target fingerprint: eb429191af924b8d
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled));

COMMIT;
