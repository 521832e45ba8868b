-- schemadiff plan
-- source fingerprint: 8b83ca954fe7888b
-- target fingerprint: a30653bea803decf
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.a DROP COLUMN b2;

-- hazard: rewrite
ALTER TABLE public.a ALTER COLUMN b TYPE bigint USING b::bigint;

-- hazard: rewrite
ALTER TABLE public.a ADD COLUMN b2 bigint GENERATED ALWAYS AS ((b * 2)) STORED;

COMMIT;
