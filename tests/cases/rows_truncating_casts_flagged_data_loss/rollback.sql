-- schemadiff rollback
-- source fingerprint: dbc1f54fa8615502
-- target fingerprint: 8b197f16b615e237
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.h ALTER COLUMN big TYPE bigint USING big::bigint;

-- hazard: rewrite
ALTER TABLE public.h ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.h ALTER COLUMN flags TYPE bit varying USING flags::bit varying;

-- hazard: rewrite
ALTER TABLE public.h ALTER COLUMN label TYPE text USING label::text;

-- hazard: rewrite
ALTER TABLE public.h ALTER COLUMN ratio TYPE numeric USING ratio::numeric;

COMMIT;
