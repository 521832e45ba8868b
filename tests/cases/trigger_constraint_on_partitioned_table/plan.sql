-- schemadiff plan
-- source fingerprint: bae24df0a54957c1
-- target fingerprint: 8af26883404fc26d
-- 2 statements; hazards: none

BEGIN;

CREATE TABLE public.bookings_2025 PARTITION OF public.bookings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE CONSTRAINT TRIGGER bookings_no_double AFTER INSERT OR UPDATE ON public.bookings DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.bookings_no_double();

COMMIT;
