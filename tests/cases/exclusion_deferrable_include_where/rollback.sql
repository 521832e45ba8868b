-- schemadiff rollback
-- source fingerprint: 9df74fc861d6cb53
-- target fingerprint: 1c1afbdc8ff3ffe3
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.booking DROP CONSTRAINT booking_no_overlap;

ALTER TABLE public.boxes DROP CONSTRAINT boxes_excl;

-- hazard: long-lock
ALTER TABLE public.booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&);

-- hazard: long-lock
ALTER TABLE public.boxes ADD CONSTRAINT boxes_excl EXCLUDE USING gist (b WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
