-- schemadiff plan
-- source fingerprint: 328d8cc8dd85deda
-- target fingerprint: 29d838c5c33ec43b
-- 3 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_legacy_check;

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_dates_check CHECK (ends_on > starts_on);

-- hazard: long-lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_guests_max CHECK (guests <= 12);

COMMIT;
