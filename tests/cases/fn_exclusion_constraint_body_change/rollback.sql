-- schemadiff rollback
-- source fingerprint: 5ced55cf616377a3
-- target fingerprint: 11804ec3f6945fde
-- 3 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_booking_span_excl;

CREATE OR REPLACE FUNCTION public.booking_span(s timestamp with time zone, e timestamp with time zone)
 RETURNS tstzrange
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT tstzrange(s, e, '[)') $function$;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_booking_span_excl EXCLUDE USING gist (room WITH =, public.booking_span(starts, ends) WITH &&);

COMMIT;
