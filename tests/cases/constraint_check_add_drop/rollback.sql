-- schemadiff rollback
-- source fingerprint: 98260c86cf0bdd78
-- target fingerprint: 76e46c7ff49619e5
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_dates_check;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_guests_max;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_legacy_check CHECK ((starts_on > '2000-01-01'::date));

COMMIT;
