-- schemadiff plan
-- source fingerprint: 3d431cba1dbb9d52
-- target fingerprint: e209e9c677ed19d1
-- 10 statements; hazards: long-lock

BEGIN;

DROP INDEX public.meetings_room_idx;

ALTER TABLE public.meetings DROP CONSTRAINT meetings_building_room_number_fkey;

ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;

ALTER TABLE public.meetings ALTER COLUMN building DROP NOT NULL;

ALTER TABLE public.rooms ALTER COLUMN building DROP NOT NULL;

ALTER TABLE public.meetings ADD COLUMN starts_at timestamp with time zone;

-- hazard: long-lock
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (number);

ALTER TABLE public.meetings ADD CONSTRAINT meetings_room_number_fkey FOREIGN KEY (room_number) REFERENCES public.rooms(number) NOT VALID;

COMMIT;

ALTER TABLE public.meetings VALIDATE CONSTRAINT meetings_room_number_fkey;

CREATE INDEX CONCURRENTLY meetings_room_idx ON public.meetings USING btree (room_number);
