-- schemadiff rollback
-- source fingerprint: 7173d5d1f22d62ca
-- target fingerprint: 4926756675e824a1
-- 11 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.reservations_starts_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.reservations DROP COLUMN duration;

ALTER TABLE public.reservations ADD COLUMN ends_at timestamp with time zone NOT NULL;

ALTER TABLE public.reservations ADD COLUMN room_id bigint;

ALTER TABLE public.reservations ADD CONSTRAINT reservations_period_check CHECK ((starts_at < ends_at)) NOT VALID;

ALTER TABLE public.reservations ADD CONSTRAINT reservations_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id) NOT VALID;

COMMENT ON COLUMN public.reservations.ends_at IS 'exclusive';

COMMIT;

ALTER TABLE public.reservations VALIDATE CONSTRAINT reservations_period_check;

ALTER TABLE public.reservations VALIDATE CONSTRAINT reservations_room_id_fkey;

CREATE INDEX CONCURRENTLY reservations_ends_idx ON public.reservations USING btree (ends_at);

CREATE INDEX CONCURRENTLY reservations_room_period_idx ON public.reservations USING btree (room_id, starts_at, ends_at);
