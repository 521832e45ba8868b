-- schemadiff plan
-- source fingerprint: 9507d784fa1f6cba
-- target fingerprint: 907c656e4bc97bb7
-- 3 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_legacy_check;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_dates_check CHECK (ends_on > starts_on);

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_guests_max CHECK (guests <= 12);

COMMIT;
