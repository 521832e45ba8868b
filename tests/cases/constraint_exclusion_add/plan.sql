-- schemadiff plan
-- source fingerprint: 904622b3d9a7ae82
-- target fingerprint: 97cb9087374f5ef4
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled));

COMMIT;
