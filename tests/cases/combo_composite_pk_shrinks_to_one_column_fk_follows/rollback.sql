-- schemadiff rollback
-- source fingerprint: e209e9c677ed19d1
-- target fingerprint: 3d431cba1dbb9d52
-- 16 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP INDEX public.meetings_room_idx;

ALTER TABLE public.meetings DROP CONSTRAINT meetings_room_number_fkey;

ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.meetings DROP COLUMN starts_at;

ALTER TABLE public.meetings ADD CONSTRAINT schemadiff_nn_998c0dcca3ae9979 CHECK (building IS NOT NULL) NOT VALID;

ALTER TABLE public.rooms ADD CONSTRAINT schemadiff_nn_e7eefae0a28d9b14 CHECK (building IS NOT NULL) NOT VALID;

-- hazard: long-lock
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (building, number);

ALTER TABLE public.meetings ADD CONSTRAINT meetings_building_room_number_fkey FOREIGN KEY (building, room_number) REFERENCES public.rooms(building, number) NOT VALID;

COMMIT;

ALTER TABLE public.meetings VALIDATE CONSTRAINT schemadiff_nn_998c0dcca3ae9979;

ALTER TABLE public.meetings ALTER COLUMN building SET NOT NULL;

ALTER TABLE public.meetings DROP CONSTRAINT schemadiff_nn_998c0dcca3ae9979;

ALTER TABLE public.rooms VALIDATE CONSTRAINT schemadiff_nn_e7eefae0a28d9b14;

ALTER TABLE public.rooms ALTER COLUMN building SET NOT NULL;

ALTER TABLE public.rooms DROP CONSTRAINT schemadiff_nn_e7eefae0a28d9b14;

ALTER TABLE public.meetings VALIDATE CONSTRAINT meetings_building_room_number_fkey;

CREATE INDEX CONCURRENTLY meetings_room_idx ON public.meetings USING btree (building, room_number);
