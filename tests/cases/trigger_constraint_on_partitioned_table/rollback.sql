-- schemadiff rollback
-- source fingerprint: 8af26883404fc26d
-- target fingerprint: bae24df0a54957c1
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

DROP TRIGGER bookings_no_double ON public.bookings;

-- hazard: data-loss,irreversible
DROP TABLE public.bookings_2025;

COMMIT;
