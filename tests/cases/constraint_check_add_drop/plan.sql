-- schemadiff plan
-- source fingerprint: 328d8cc8dd85deda
-- target fingerprint: 29d838c5c33ec43b
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_legacy_check;

ALTER TABLE public.reservations ADD CONSTRAINT reservations_dates_check CHECK (ends_on > starts_on) NOT VALID;

ALTER TABLE public.reservations ADD CONSTRAINT reservations_guests_max CHECK (guests <= 12) NOT VALID;

COMMIT;

ALTER TABLE public.reservations VALIDATE CONSTRAINT reservations_dates_check;

ALTER TABLE public.reservations VALIDATE CONSTRAINT reservations_guests_max;
