-- schemadiff plan
-- source fingerprint: 24f782afaf55428b
-- target fingerprint: 84789fb9333a752c
-- 29 statements; hazards: data-loss,rewrite,long-lock,irreversible

SET search_path = public;

BEGIN;

ALTER TYPE public.booking_state ADD VALUE 'draft' BEFORE 'held';

ALTER TYPE public.booking_state ADD VALUE 'no-show' AFTER 'cancelled';

COMMIT;

BEGIN;

DROP INDEX public.bookings_state_idx;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_venue_id_fkey;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.bookings ALTER COLUMN meta TYPE jsonb USING meta::jsonb;

ALTER TABLE public.bookings ALTER COLUMN meta SET DEFAULT '{}'::jsonb;

ALTER TABLE public.bookings ADD CONSTRAINT schemadiff_nn_222be1e2536af3fb CHECK (meta IS NOT NULL) NOT VALID;

ALTER TABLE public.bookings ALTER COLUMN price SET DEFAULT 0;

ALTER TABLE public.bookings ADD CONSTRAINT schemadiff_nn_3ab496b6e3c08623 CHECK (price IS NOT NULL) NOT VALID;

ALTER TABLE public.bookings ALTER COLUMN state DROP DEFAULT;

ALTER TABLE public.bookings ALTER COLUMN state SET DEFAULT 'draft'::public.booking_state;

ALTER TABLE public.venues ALTER COLUMN name TYPE character varying(120);

-- hazard: long-lock
ALTER DOMAIN public.money_cents ADD CONSTRAINT money_cents_cap CHECK ((VALUE < 100000000));

ALTER TABLE public.bookings ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.venues ADD COLUMN capacity integer;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (venue_id WITH =, during WITH &&) WHERE ((state <> ALL (ARRAY['cancelled'::public.booking_state, 'no-show'::public.booking_state, 'draft'::public.booking_state])));

ALTER TABLE public.venues ADD CONSTRAINT venues_capacity_check CHECK (capacity > 0) NOT VALID;

ALTER TABLE public.bookings ADD CONSTRAINT bookings_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES public.venues(id) ON DELETE RESTRICT NOT VALID;

COMMIT;

ALTER TABLE public.bookings VALIDATE CONSTRAINT schemadiff_nn_222be1e2536af3fb;

ALTER TABLE public.bookings ALTER COLUMN meta SET NOT NULL;

ALTER TABLE public.bookings DROP CONSTRAINT schemadiff_nn_222be1e2536af3fb;

ALTER TABLE public.bookings VALIDATE CONSTRAINT schemadiff_nn_3ab496b6e3c08623;

ALTER TABLE public.bookings ALTER COLUMN price SET NOT NULL;

ALTER TABLE public.bookings DROP CONSTRAINT schemadiff_nn_3ab496b6e3c08623;

ALTER TABLE public.venues VALIDATE CONSTRAINT venues_capacity_check;

ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_venue_id_fkey;

CREATE INDEX CONCURRENTLY bookings_meta_idx ON public.bookings USING gin (meta);

CREATE INDEX CONCURRENTLY bookings_state_idx ON public.bookings USING btree (state) WHERE state IN ('held', 'draft');
