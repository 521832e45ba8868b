-- schemadiff rollback
-- source fingerprint: ce550e12d21556ae
-- target fingerprint: deea78f49ef92dac
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN code TYPE character varying(10);

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN id TYPE integer USING id::integer;

COMMIT;
