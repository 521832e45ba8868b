-- schemadiff plan
-- source fingerprint: 29e243bbe35dd01d
-- target fingerprint: eed01d40b12bb687
-- 5 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.prices DROP COLUMN units;

DROP FUNCTION public.cents_to_units(c integer);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN cents TYPE bigint USING cents::bigint;

CREATE OR REPLACE FUNCTION public.cents_to_units(c bigint)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT c / 100.0 $function$;

-- hazard: rewrite
ALTER TABLE public.prices ADD COLUMN units numeric GENERATED ALWAYS AS (public.cents_to_units(cents)) STORED;

COMMIT;
