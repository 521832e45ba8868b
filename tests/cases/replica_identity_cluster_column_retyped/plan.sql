-- schemadiff plan
-- source fingerprint: deea78f49ef92dac
-- target fingerprint: ce550e12d21556ae
-- 2 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN id TYPE bigint USING id::bigint;

COMMIT;
