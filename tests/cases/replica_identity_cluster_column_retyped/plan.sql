-- schemadiff plan
-- source fingerprint: 402fc2f1297d5790
-- target fingerprint: 2a578180939c7f7d
-- 2 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN id TYPE bigint USING id::bigint;

COMMIT;
