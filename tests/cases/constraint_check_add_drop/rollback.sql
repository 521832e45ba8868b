-- schemadiff rollback
-- source fingerprint: 29d838c5c33ec43b
-- target fingerprint: 328d8cc8dd85deda
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_dates_check;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_guests_max;

ALTER TABLE public.reservations ADD CONSTRAINT reservations_legacy_check CHECK ((starts_on > '2000-01-01'::date)) NOT VALID;

COMMIT;

ALTER TABLE public.reservations VALIDATE CONSTRAINT reservations_legacy_check;
