-- schemadiff plan
-- source fingerprint: 786a013575a204e4
-- target fingerprint: 7f039b9da8d21d21
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.heavy(p public.parcels);

ALTER TABLE public.parcels ADD COLUMN fragile boolean DEFAULT false NOT NULL;

CREATE OR REPLACE FUNCTION public.heavy(p public.parcels)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN ((p).w > (10)::numeric);

COMMIT;
