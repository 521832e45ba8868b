-- schemadiff plan
-- source fingerprint: 1448018967dc8e4a
-- target fingerprint: fdfdef4b7d86b736
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled));

COMMIT;
