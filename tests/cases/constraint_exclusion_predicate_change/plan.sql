-- schemadiff plan
-- source fingerprint: ff8a03ea188f20df
-- target fingerprint: 86761d7634c405f0
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((NOT cancelled)) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
