-- schemadiff plan
-- source fingerprint: 76e46c7ff49619e5
-- target fingerprint: 98260c86cf0bdd78
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_legacy_check;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_dates_check CHECK ((ends_on > starts_on));

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_guests_max CHECK ((guests <= 12));

COMMIT;
