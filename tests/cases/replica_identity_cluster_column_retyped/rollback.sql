-- schemadiff rollback
-- source fingerprint: 05c19daf9705216a
-- target fingerprint: 82f9b4eedd6dfc4e
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN code TYPE character varying(10);

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN id TYPE integer USING id::integer;

COMMIT;
