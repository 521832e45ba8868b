-- schemadiff plan
-- source fingerprint: 4887e081bbda276a
-- target fingerprint: 4e4ac64bdde126d7
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_legacy_check;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_dates_check CHECK ((ends_on > starts_on));

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_guests_max CHECK ((guests <= 12));

COMMIT;
