-- schemadiff plan
-- source fingerprint: 935dfc4268afd749
-- target fingerprint: 874c62e4a79073e6
-- 5 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.parcel_classes;

DROP FUNCTION public.volume_class(p public.parcels);

ALTER TABLE public.parcels ADD COLUMN d numeric DEFAULT 1 NOT NULL;

CREATE OR REPLACE FUNCTION public.volume_class(p public.parcels)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN CASE WHEN ((((p).w * (p).h) * (p).d) > (100)::numeric) THEN 'big'::text ELSE 'small'::text END;

CREATE VIEW public.parcel_classes AS
SELECT p.id, volume_class(p) AS cls FROM parcels p;

COMMIT;
