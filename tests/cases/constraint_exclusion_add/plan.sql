-- schemadiff plan
-- source fingerprint: 5bf975ae02fbc391
-- target fingerprint: 902dd5120eb1b1c9
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled));

COMMIT;
