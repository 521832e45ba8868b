-- schemadiff plan
-- source fingerprint: 4926756675e824a1
-- target fingerprint: 7173d5d1f22d62ca
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.reservations_ends_idx;

DROP INDEX public.reservations_room_period_idx;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_room_id_fkey;

ALTER TABLE public.reservations DROP CONSTRAINT reservations_period_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.reservations DROP COLUMN ends_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.reservations DROP COLUMN room_id;

ALTER TABLE public.reservations ADD COLUMN duration interval DEFAULT '01:00:00'::interval NOT NULL;

COMMIT;

CREATE INDEX CONCURRENTLY reservations_starts_idx ON public.reservations USING btree (starts_at);
