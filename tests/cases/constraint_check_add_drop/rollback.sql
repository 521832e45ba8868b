-- schemadiff rollback
-- source fingerprint: 907c656e4bc97bb7
-- target fingerprint: 9507d784fa1f6cba
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_dates_check;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_guests_max;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_legacy_check CHECK ((starts_on > '2000-01-01'::date));

COMMIT;
