-- schemadiff plan
-- source fingerprint: 75bb1c36df15f0d0
-- target fingerprint: 6b72d9b82c3eaeee
-- 3 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN gross;

CREATE OR REPLACE FUNCTION public.price_with_vat(net numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(net * 1.16, 2) $function$;

-- hazard: rewrite
ALTER TABLE public.articles ADD COLUMN gross numeric(10,2) GENERATED ALWAYS AS (public.price_with_vat(net)) STORED;

COMMIT;
