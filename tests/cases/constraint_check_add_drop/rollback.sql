-- schemadiff rollback
-- source fingerprint: 29d838c5c33ec43b
-- target fingerprint: 328d8cc8dd85deda
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_dates_check;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_guests_max;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_legacy_check CHECK ((starts_on > '2000-01-01'::date));

COMMIT;
