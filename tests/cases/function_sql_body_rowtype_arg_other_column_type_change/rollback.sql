-- schemadiff rollback
-- source fingerprint: a646341a1a63b5f9
-- target fingerprint: 786a013575a204e4
-- 3 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.heavy(p public.parcels);

-- hazard: rewrite
ALTER TABLE public.parcels ALTER COLUMN id TYPE integer USING id::integer;

CREATE OR REPLACE FUNCTION public.heavy(p public.parcels)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN ((p).w > (10)::numeric);

COMMIT;
