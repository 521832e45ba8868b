-- schemadiff plan
-- source fingerprint: c3e7a4f2f7db72cd
-- target fingerprint: 46f149ef947984d1
-- 5 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.stores DROP CONSTRAINT stores_region_id_fkey;

CREATE OR REPLACE FUNCTION public.region_name(p integer)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT 'region ' || p $function$;

CREATE OR REPLACE VIEW public.store_regions AS
SELECT s.id, s.name, s.region_id::text AS region FROM stores s;

ALTER POLICY stores_visible ON public.stores TO PUBLIC USING (true);

-- hazard: data-loss,irreversible
DROP TABLE public.regions;

COMMIT;
