-- schemadiff rollback
-- source fingerprint: 69027fde2243309b
-- target fingerprint: dd388754395271bc
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

-- hazard: rewrite
ALTER TABLE public.swatches ALTER COLUMN color TYPE public.color USING color::text::public.color;

DROP TYPE public.color__schemadiff_old;

COMMIT;
