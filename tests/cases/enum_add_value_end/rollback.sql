-- schemadiff rollback
-- source fingerprint: 9e6e0602be1b6ee2
-- target fingerprint: 58a03dca1e8a1967
-- 4 statements; hazards: data-loss,rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

-- hazard: rewrite
ALTER TABLE public.swatches ALTER COLUMN color TYPE public.color USING color::text::public.color;

-- hazard: data-loss
DROP TYPE public.color__schemadiff_old;

COMMIT;
