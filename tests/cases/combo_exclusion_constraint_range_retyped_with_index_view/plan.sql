-- schemadiff plan
-- source fingerprint: bd221f5f74b5ffb5
-- target fingerprint: 9c28760c1054ebe5
-- 8 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP VIEW public.booking_starts;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN during TYPE tstzrange USING during::text::tstzrange;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&) WHERE ((room > 0));

ALTER TABLE public.bookings ADD CONSTRAINT bookings_nonempty CHECK (NOT isempty(during)) NOT VALID;

CREATE VIEW public.booking_starts AS
SELECT id, lower(during) AS starts FROM bookings;

COMMIT;

ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_nonempty;

CREATE INDEX CONCURRENTLY bookings_room_idx ON public.bookings USING btree (room);
