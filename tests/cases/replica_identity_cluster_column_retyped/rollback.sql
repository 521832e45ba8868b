-- schemadiff rollback
-- source fingerprint: 2a578180939c7f7d
-- target fingerprint: 402fc2f1297d5790
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN code TYPE character varying(10);

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN id TYPE integer USING id::integer;

COMMIT;
