-- schemadiff rollback
-- source fingerprint: 84789fb9333a752c
-- target fingerprint: 24f782afaf55428b
-- 24 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP INDEX public.bookings_meta_idx;

DROP INDEX public.bookings_state_idx;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_venue_id_fkey;

ALTER TABLE public.venues DROP CONSTRAINT venues_capacity_check;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

-- hazard: data-loss,irreversible
ALTER TABLE public.bookings DROP COLUMN created_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.venues DROP COLUMN capacity;

ALTER DOMAIN public.money_cents DROP CONSTRAINT money_cents_cap;

ALTER TYPE public.booking_state RENAME TO booking_state__schemadiff_old;

CREATE TYPE public.booking_state AS ENUM ('held', 'confirmed', 'cancelled');

ALTER TABLE public.bookings ALTER COLUMN meta DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN meta TYPE json USING meta::json;

ALTER TABLE public.bookings ALTER COLUMN meta DROP NOT NULL;

ALTER TABLE public.bookings ALTER COLUMN price DROP DEFAULT;

ALTER TABLE public.bookings ALTER COLUMN price DROP NOT NULL;

ALTER TABLE public.bookings ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN state TYPE public.booking_state USING state::text::public.booking_state;

ALTER TABLE public.bookings ALTER COLUMN state SET DEFAULT 'held'::public.booking_state;

-- hazard: rewrite
ALTER TABLE public.venues ALTER COLUMN name TYPE character varying(80);

DROP TYPE public.booking_state__schemadiff_old;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (venue_id WITH =, during WITH &&) WHERE ((state <> 'cancelled'::public.booking_state));

ALTER TABLE public.bookings ADD CONSTRAINT bookings_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES public.venues(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_venue_id_fkey;

CREATE INDEX CONCURRENTLY bookings_state_idx ON public.bookings USING btree (state) WHERE (state = 'held'::public.booking_state);
