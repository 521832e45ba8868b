-- schemadiff plan
-- source fingerprint: 82131e2e90fd6a69
-- target fingerprint: 319b02833f9b99ae
-- 10 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_id_fkey;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN ends_at TYPE timestamp with time zone USING ends_at::timestamp with time zone;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN starts_at TYPE timestamp with time zone USING starts_at::timestamp with time zone;

CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';

-- hazard: rewrite
ALTER TABLE public.bookings ADD COLUMN during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)'::text)) STORED;

-- hazard: long-lock
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);

ALTER TABLE public.rooms ADD CONSTRAINT rooms_capacity_check CHECK (capacity > 0) NOT VALID;

ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.rooms VALIDATE CONSTRAINT rooms_capacity_check;

ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_room_id_fkey;
