-- schemadiff rollback
-- source fingerprint: a30653bea803decf
-- target fingerprint: 8b83ca954fe7888b
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.a DROP COLUMN b2;

-- hazard: rewrite
ALTER TABLE public.a ALTER COLUMN b TYPE integer USING b::integer;

-- hazard: rewrite
ALTER TABLE public.a ADD COLUMN b2 integer GENERATED ALWAYS AS ((b * 2)) STORED;

COMMIT;
