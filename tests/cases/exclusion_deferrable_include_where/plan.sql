-- schemadiff plan
-- source fingerprint: 1c1afbdc8ff3ffe3
-- target fingerprint: 9df74fc861d6cb53
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.booking DROP CONSTRAINT booking_no_overlap;

ALTER TABLE public.boxes DROP CONSTRAINT boxes_excl;

-- hazard: long-lock
ALTER TABLE public.booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&) INCLUDE (room) WITH (fillfactor='80') WHERE (active) DEFERRABLE INITIALLY DEFERRED;

-- hazard: long-lock
ALTER TABLE public.boxes ADD CONSTRAINT boxes_excl EXCLUDE USING gist (b WITH &&) DEFERRABLE;

COMMENT ON CONSTRAINT booking_no_overlap ON public.booking IS 'no double booking';

COMMENT ON INDEX public.booking_no_overlap IS 'idx comment';

COMMIT;
