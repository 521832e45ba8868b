-- schemadiff plan
-- source fingerprint: 8b197f16b615e237
-- target fingerprint: dbc1f54fa8615502
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.h ALTER COLUMN big TYPE double precision USING big::double precision;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.h ALTER COLUMN code TYPE "char" USING code::"char";

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.h ALTER COLUMN flags TYPE bit varying(2) USING flags::bit varying(2);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.h ALTER COLUMN label TYPE name USING label::name;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.h ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

COMMIT;
