-- schemadiff plan
-- source fingerprint: f0f4fc2f85527aab
-- target fingerprint: 74859182fffc6474
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled));

COMMIT;
