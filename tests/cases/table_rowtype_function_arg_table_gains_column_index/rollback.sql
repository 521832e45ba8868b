-- schemadiff rollback
-- source fingerprint: 874c62e4a79073e6
-- target fingerprint: 935dfc4268afd749
-- 2 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.volume_class(p public.parcels)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN CASE WHEN (((p).w * (p).h) > (100)::numeric) THEN 'big'::text ELSE 'small'::text END;

-- hazard: data-loss,irreversible
ALTER TABLE public.parcels DROP COLUMN d;

COMMIT;
