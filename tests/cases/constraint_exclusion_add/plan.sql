-- schemadiff plan
-- source fingerprint: 73a42dbb8256b01e
-- target fingerprint: 96676b786dcda639
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled));

COMMIT;
