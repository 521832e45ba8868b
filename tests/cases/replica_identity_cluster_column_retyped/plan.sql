-- schemadiff plan
-- source fingerprint: 82f9b4eedd6dfc4e
-- target fingerprint: 05c19daf9705216a
-- 2 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN id TYPE bigint USING id::bigint;

COMMIT;
