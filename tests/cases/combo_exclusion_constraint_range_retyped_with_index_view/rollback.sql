-- schemadiff rollback
-- source fingerprint: 9c28760c1054ebe5
-- target fingerprint: bd221f5f74b5ffb5
-- 7 statements; hazards: rewrite,long-lock

BEGIN;

DROP VIEW public.booking_starts;

DROP INDEX public.bookings_room_idx;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_nonempty;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN during TYPE tsrange USING during::text::tsrange;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&);

CREATE VIEW public.booking_starts AS
 SELECT bookings.id,
    lower(bookings.during) AS starts
   FROM public.bookings;

COMMIT;
