-- schemadiff rollback
-- source fingerprint: c0c070a2c86a5c94
-- target fingerprint: 2e9d3d9773c797e2
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.r_2;

-- hazard: rewrite
ALTER TABLE public.r ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.r ALTER COLUMN info TYPE character varying(10);

COMMIT;
